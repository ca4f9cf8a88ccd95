namespace PosVendas.Application.Common.Abstractions;

/// <summary>
/// The authenticated caller, as established from the access token. Tenant and customer always come from here,
/// never from the request.
/// </summary>
public interface ICurrentUser
{
    /// <summary>The caller's tenant; null outside a request (command-line operations).</summary>
    Guid? TenantId { get; }

    /// <summary>The token subject.</summary>
    string? Subject { get; }

    string? Name { get; }

    string? Role { get; }

    /// <summary>The caller's customer record when the role is <c>customer</c>.</summary>
    Guid? CustomerId { get; }

    /// <summary>The language for customer-facing texts: the token's <c>locale</c>, else the tenant's default.</summary>
    string Locale { get; }

    /// <summary>For staff limited to some departments (token claim <c>departments</c>), their ids; null means all.</summary>
    IReadOnlyList<Guid>? DepartmentIds { get; }
}
