using PosVendas.WebApi.Security;

namespace PosVendas.WebApi.Endpoints;

internal static class AdminGroup
{
    /// <summary>
    /// <c>/api/v1/admin</c>: a tenant's configuration, for its admins only (403 for other roles). Each module maps its
    /// admin endpoints under it (<see cref="AdminStatusesEndpoints"/>, <see cref="AdminCatalogEndpoints"/>,
    /// <see cref="AdminNotificationsEndpoints"/>).
    /// </summary>
    public static RouteGroupBuilder MapAdminGroup(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1/admin")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
