namespace PosVendas.Application.Tenancy;

/// <summary>The claims of a validated access token that PosVendas relies on.</summary>
public sealed record CallerIdentity(string TenantSlug, string Subject, string Email, string Name, string Role, string? Locale = null);

/// <summary>The caller inside PosVendas: their tenant and, for customers, their customer record.</summary>
public sealed record ResolvedCaller(Guid TenantId, string TenantDefaultLocale, Guid? CustomerId);

/// <summary>
/// Turns a token's identity into a tenant and customer. Customers are registered on first sight and their e-mail
/// and name follow the token, so replies reach the address they log in with.
/// </summary>
public interface ICallerResolver
{
    /// <returns>The caller, or null when the token's tenant does not exist.</returns>
    Task<ResolvedCaller?> ResolveAsync(CallerIdentity identity, CancellationToken cancellationToken);
}
