using PosVendas.Application.Common.Abstractions;
using PosVendas.Domain.Common;

namespace PosVendas.WebApi.Security;

/// <summary>The application's view of the request's <see cref="AuthenticatedCaller"/>.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private AuthenticatedCaller? Caller => accessor.HttpContext?.Caller();

    public Guid? TenantId => Caller?.TenantId;

    public string? Subject => Caller?.Subject;

    public string? Name => Caller?.Name;

    public string? Role => Caller?.Role;

    public Guid? CustomerId => Caller?.CustomerId;

    public string Locale => Caller?.Locale ?? Locales.PortugueseBrazil;

    public IReadOnlyList<Guid>? DepartmentIds => Caller?.DepartmentIds;
}
