using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PosVendas.Application.Catalog;
using PosVendas.Application.Locations;
using PosVendas.Application.Warranty;
using PosVendas.Application.Warranty.AddWarrantyVersion;
using PosVendas.Application.Warranty.CreateWarrantyCatalog;
using PosVendas.Application.Warranty.GetWarrantyCatalog;
using PosVendas.Application.Warranty.GetWarrantyCoverage;
using PosVendas.Application.Warranty.GetWarrantyVersion;
using PosVendas.Application.Warranty.ListWarrantyCatalogs;
using PosVendas.Application.Warranty.MapSubjectToWarrantyItem;
using PosVendas.Application.Warranty.MarkWarrantyCatalogReviewed;
using PosVendas.Application.Warranty.PinWarrantyTerms;
using PosVendas.Application.Warranty.PublishWarrantyVersion;
using PosVendas.Application.Warranty.ReplaceWarrantyItems;
using PosVendas.WebApi.Idempotency;
using PosVendas.WebApi.OpenApi;

namespace PosVendas.WebApi.Endpoints;

/// <summary>
/// The builder's warranty terms (admins: catalogs in versions, which development has which, which subject is about
/// which item) and the coverage they give a request about a unit (customers for their units, staff for any). See
/// docs/warranty.md and ADR 0023.
/// </summary>
internal static class WarrantyEndpoints
{
    public static IEndpointRouteBuilder MapWarrantyEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup();

        var catalogs = admin.MapGroup("/warranty-catalogs").WithTags("AdminWarranty");
        catalogs.MapGet("/", ListCatalogs).WithName("ListWarrantyCatalogs").WithSummary("List the warranty catalogs by name, with their versions.");
        catalogs.MapPost("/", CreateCatalog).WithIdempotency().WithName("CreateWarrantyCatalog")
            .WithSummary("Start a warranty catalog; with items (or fromTemplate), its version 1 is created as a draft.")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        catalogs.MapGet("/{id:guid}", GetCatalog).WithName("GetWarrantyCatalog").WithSummary("A warranty catalog with its versions, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        catalogs.MapPost("/{id:guid}/review", MarkReviewed).WithName("MarkWarrantyCatalogReviewed")
            .WithSummary("Say that a catalog copied from the reference template matches the builder's manual: reviewRequired becomes false.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        catalogs.MapPost("/{id:guid}/versions", AddVersion).WithIdempotency().WithName("AddWarrantyVersion")
            .WithSummary("Start a new draft version with its items, numbered after the last; pinned developments stay where they are.")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        catalogs.MapGet("/{id:guid}/versions/{number:int}", GetVersion).WithName("GetWarrantyVersion").WithSummary("A version of a catalog, with its items.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        catalogs.MapPut("/{id:guid}/versions/{number:int}/items", ReplaceItems).WithName("ReplaceWarrantyItems")
            .WithSummary("Replace every item of a draft version; a published version never changes (409).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        catalogs.MapPost("/{id:guid}/versions/{number:int}/publish", Publish).WithName("PublishWarrantyVersion")
            .WithSummary("Publish a draft version: from then on it never changes, and developments may be pinned to it.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapPut("/developments/{id:guid}/warranty-terms", PinTerms).WithTags("AdminDevelopments").WithName("PinWarrantyTerms")
            .WithSummary("Pin a development to a published version of a catalog (the terms its buyers received); a null catalogId unpins it.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPut("/subjects/{id:guid}/warranty-item", MapSubject).WithTags("AdminCatalog").WithName("MapSubjectToWarrantyItem")
            .WithSummary("Say which warranty item a subject's requests are about, by its key; a null itemKey says none.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGroup("/api/v1/warranty")
            .WithTags("Warranty")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .MapGet("/coverage", GetCoverage)
            .WithName("GetWarrantyCoverage")
            .WithSummary("Whether a request of a subject about a unit looks covered today by the unit's development's terms: advice, never a refusal.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    private static async Task<Ok<IReadOnlyList<WarrantyCatalogDto>>> ListCatalogs(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListWarrantyCatalogsQuery(), cancellationToken));

    private static async Task<Created<WarrantyCatalogDto>> CreateCatalog(WarrantyCatalogRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var catalog = await mediator.Send(new CreateWarrantyCatalogCommand(request.Name, request.Items, request.FromTemplate ?? false), cancellationToken);
        return TypedResults.Created($"/api/v1/admin/warranty-catalogs/{catalog.Id}", catalog);
    }

    private static async Task<Ok<WarrantyCatalogDto>> GetCatalog(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetWarrantyCatalogQuery(id), cancellationToken));

    private static async Task<Created<WarrantyVersionDto>> AddVersion(Guid id, WarrantyItemsRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var version = await mediator.Send(new AddWarrantyVersionCommand(id, request.Items), cancellationToken);
        return TypedResults.Created($"/api/v1/admin/warranty-catalogs/{id}/versions/{version.Number}", version);
    }

    private static async Task<Ok<WarrantyVersionDto>> GetVersion(Guid id, int number, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetWarrantyVersionQuery(id, number), cancellationToken));

    private static async Task<Ok<WarrantyVersionDto>> ReplaceItems(Guid id, int number, WarrantyItemsRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ReplaceWarrantyItemsCommand(id, number, request.Items), cancellationToken));

    private static async Task<Ok<WarrantyCatalogDto>> MarkReviewed(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new MarkWarrantyCatalogReviewedCommand(id), cancellationToken));

    private static async Task<Ok<WarrantyVersionDto>> Publish(Guid id, int number, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new PublishWarrantyVersionCommand(id, number), cancellationToken));

    private static async Task<Ok<DevelopmentDto>> PinTerms(Guid id, WarrantyTermsRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new PinWarrantyTermsCommand(id, request.CatalogId, request.Version), cancellationToken));

    private static async Task<Ok<SubjectAdminDto>> MapSubject(Guid id, WarrantyItemKeyRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new MapSubjectToWarrantyItemCommand(id, request.ItemKey), cancellationToken));

    /// <param name="mediator">The mediator.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <param name="unitId">The unit the request is about; a customer's own (one they occupy today).</param>
    /// <param name="subjectId">The subject of the request.</param>
    private static async Task<Ok<WarrantyCoverageDto>> GetCoverage(IMediator mediator, CancellationToken cancellationToken, [Required] Guid? unitId = null, [Required] Guid? subjectId = null) =>
        TypedResults.Ok(await mediator.Send(new GetWarrantyCoverageQuery(unitId ?? Guid.Empty, subjectId ?? Guid.Empty), cancellationToken));
}

/// <param name="Name">The catalog's name, unique in the tenant ("Manual do proprietário 2025").</param>
/// <param name="Items">Optional: the items of its version 1, created as a draft.</param>
/// <param name="FromTemplate">true: version 1 copies the reference template that ships with PosVendas (no items then), and the catalog is marked for review; the name is optional.</param>
internal sealed record WarrantyCatalogRequest(string? Name, IReadOnlyList<WarrantyItemInput>? Items, bool? FromTemplate);

/// <param name="Items">Every item of the version.</param>
internal sealed record WarrantyItemsRequest(IReadOnlyList<WarrantyItemInput>? Items);

/// <param name="CatalogId">The catalog; null unpins the development.</param>
/// <param name="Version">The number of a published version of that catalog.</param>
internal sealed record WarrantyTermsRequest(Guid? CatalogId, int? Version);

/// <param name="ItemKey">The key of a warranty item ("impermeabilizacao"); null says the subject is about none.</param>
internal sealed record WarrantyItemKeyRequest(string? ItemKey);
