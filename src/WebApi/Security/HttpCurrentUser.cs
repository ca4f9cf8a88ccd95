using System.Security.Claims;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Domain.Tenancy;

namespace PosVendas.WebApi.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public Guid? TenantId => ReadGuid(PosVendasClaims.TenantId);

    public string? Subject => User?.FindFirst(PosVendasClaims.Subject)?.Value;

    public string? Name => User?.FindFirst(PosVendasClaims.Name)?.Value;

    public string? Role => User?.FindFirst(PosVendasClaims.Role)?.Value;

    public Guid? CustomerId => ReadGuid(PosVendasClaims.CustomerId);

    public string Locale => User?.FindFirst(PosVendasClaims.ResolvedLocale)?.Value ?? Locales.PortugueseBrazil;

    public IReadOnlyList<Guid>? DepartmentIds
    {
        get
        {
            if (User?.FindFirst(PosVendasClaims.DepartmentsLimited) is null)
            {
                return null;
            }

            var claims = User.FindAll(PosVendasClaims.Departments);

            // An unreadable id limits the agent to nothing rather than to everything.
            return [.. claims.Select(claim => Guid.TryParse(claim.Value, out var id) ? id : Guid.Empty)];
        }
    }

    private Guid? ReadGuid(string claimType) =>
        Guid.TryParse(User?.FindFirst(claimType)?.Value, out var value) ? value : null;
}
