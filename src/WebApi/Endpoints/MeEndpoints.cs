using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PosVendas.Application.Locations.GetMyLocations;
using PosVendas.WebApi.Security;

namespace PosVendas.WebApi.Endpoints;

/// <summary>What belongs to the signed-in customer beyond their tickets.</summary>
internal static class MeEndpoints
{
    public static IEndpointRouteBuilder MapMeEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/me")
            .WithTags("Me")
            .RequireAuthorization(Policies.Customer)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        me.MapGet("/locations", GetMyLocations)
            .WithName("GetMyLocations")
            .WithSummary("The units and common areas the caller may open tickets about, with their development and building.");

        return app;
    }

    private static async Task<Ok<MyLocationsResponse>> GetMyLocations(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMyLocationsQuery(), cancellationToken));
}
