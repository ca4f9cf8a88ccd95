using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;

namespace PosVendas.Application.Common.Security;

internal static class AdminCheck
{
    /// <summary>Configuration is for the tenant's admins; the endpoints say so too, this keeps handlers honest.</summary>
    public static Guid RequireAdmin(this ICurrentUser user) =>
        user.Role == Roles.Admin && user.TenantId is { } tenantId ? tenantId : throw new ForbiddenAccessException();

    public static Guid RequireStaff(this ICurrentUser user) =>
        user.Role is Roles.Agent or Roles.Admin && user.TenantId is { } tenantId ? tenantId : throw new ForbiddenAccessException();
}
