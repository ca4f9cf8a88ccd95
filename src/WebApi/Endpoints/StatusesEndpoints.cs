using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PosVendas.Application.Workflow.ListStatusLabels;

namespace PosVendas.WebApi.Endpoints;

/// <summary>The tenant's statuses as customers read them, for any signed-in caller.</summary>
internal static class StatusesEndpoints
{
    public static IEndpointRouteBuilder MapStatusesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/statuses")
            .WithTags("Catalog")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapGet("/", ListStatusLabels)
            .WithName("ListStatusLabels")
            .WithSummary("List the statuses of the tenant's flows with their label in the caller's language.")
            .WithDescription("For a portal's filters and legends: each status with its category, its flow (serviceTypeId, null for the tenant's) and its order.");

        return app;
    }

    private static async Task<Ok<StatusLabelListResponse>> ListStatusLabels(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListStatusLabelsQuery(), cancellationToken));
}
