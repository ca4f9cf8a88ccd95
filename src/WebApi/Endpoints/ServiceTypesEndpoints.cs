using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PosVendas.Application.Catalog.GetServiceCatalog;

namespace PosVendas.WebApi.Endpoints;

internal static class ServiceTypesEndpoints
{
    public static IEndpointRouteBuilder MapServiceTypesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/service-types")
            .WithTags("Catalog")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapGet("/", GetServiceCatalog)
            .WithName("ListServiceTypes")
            .WithSummary("List the service types (Tipo) and subjects (Assunto) a customer can open a ticket for.")
            .WithDescription("Only active service types with at least one active subject are listed, in the tenant's order.");

        return app;
    }

    private static async Task<Ok<ServiceCatalogResponse>> GetServiceCatalog(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetServiceCatalogQuery(), cancellationToken));
}
