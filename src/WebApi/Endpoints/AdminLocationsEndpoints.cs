using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PosVendas.Application.Locations;
using PosVendas.Application.Locations.CreateBuilding;
using PosVendas.Application.Locations.CreateCommonArea;
using PosVendas.Application.Locations.CreateDevelopment;
using PosVendas.Application.Locations.CreateOccupancy;
using PosVendas.Application.Locations.CreateUnit;
using PosVendas.Application.Locations.DeleteBuilding;
using PosVendas.Application.Locations.DeleteCommonArea;
using PosVendas.Application.Locations.DeleteDevelopment;
using PosVendas.Application.Locations.DeleteOccupancy;
using PosVendas.Application.Locations.DeleteUnit;
using PosVendas.Application.Locations.EndOccupancy;
using PosVendas.Application.Locations.ImportUnits;
using PosVendas.Application.Locations.ListBuildings;
using PosVendas.Application.Locations.ListCommonAreas;
using PosVendas.Application.Locations.ListDevelopments;
using PosVendas.Application.Locations.ListOccupancies;
using PosVendas.Application.Locations.ListUnits;
using PosVendas.Application.Locations.UpdateBuilding;
using PosVendas.Application.Locations.UpdateCommonArea;
using PosVendas.Application.Locations.UpdateDevelopment;
using PosVendas.Application.Locations.UpdateUnit;
using PosVendas.Application.Locations.UpsertUnit;
using PosVendas.Domain.Locations;
using PosVendas.WebApi.Idempotency;
using PosVendas.WebApi.OpenApi;

namespace PosVendas.WebApi.Endpoints;

/// <summary>
/// The registry of places, for the tenant's admins: developments (empreendimentos), buildings (torres, blocos), units
/// (unidades), common areas (áreas comuns) and who occupies them; and the ERP import of units by external id.
/// </summary>
internal static class AdminLocationsEndpoints
{
    public static IEndpointRouteBuilder MapAdminLocationsEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup();

        var developments = admin.MapGroup("/developments").WithTags("AdminDevelopments");
        developments.MapGet("/", ListDevelopments).WithName("ListDevelopments").WithSummary("List the developments by name, a page at a time.")
            .ProducesValidationProblem();
        developments.MapPost("/", CreateDevelopment).WithIdempotency().WithName("CreateDevelopment").WithSummary("Register a development.")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        developments.MapPut("/{id:guid}", UpdateDevelopment).WithName("UpdateDevelopment")
            .WithSummary("Replace a development's fields, or (de)activate it; an omitted externalId keeps the current one.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        developments.MapDelete("/{id:guid}", DeleteDevelopment).WithName("DeleteDevelopment")
            .WithSummary("Delete a development registered by mistake, with everything in it; refused (409) once tickets are about it.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var buildings = admin.MapGroup("/buildings").WithTags("AdminBuildings");
        buildings.MapGet("/", ListBuildings).WithName("ListBuildings").WithSummary("List the buildings by name, of one development or all.")
            .ProducesValidationProblem();
        buildings.MapPost("/", CreateBuilding).WithIdempotency().WithName("CreateBuilding").WithSummary("Add a building (torre, bloco) to a development.")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        buildings.MapPut("/{id:guid}", UpdateBuilding).WithName("UpdateBuilding").WithSummary("Rename a building, or (de)activate it.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        buildings.MapDelete("/{id:guid}", DeleteBuilding).WithName("DeleteBuilding")
            .WithSummary("Delete a building registered by mistake, with its units; refused (409) once tickets are about it.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var units = admin.MapGroup("/units").WithTags("AdminUnits");
        units.MapGet("/", ListUnits).WithName("ListUnits").WithSummary("List the units by code, filtered by development, building or a search.")
            .ProducesValidationProblem();
        units.MapPost("/", CreateUnit).WithIdempotency().WithName("CreateUnit").WithSummary("Add a unit to a building.")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        units.MapPut("/{id:guid}", UpdateUnit).WithName("UpdateUnit")
            .WithSummary("Replace a unit's code and handover date, move it to another building, or (de)activate it.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        units.MapDelete("/{id:guid}", DeleteUnit).WithName("DeleteUnit")
            .WithSummary("Delete a unit registered by mistake; refused (409) once tickets are about it.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        units.MapPut("/by-external-id/{externalId}", UpsertUnit).WithName("UpsertUnitByExternalId")
            .WithSummary("ERP import: create or update a unit by its external id, with its development and building (created when new). Idempotent.")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        units.MapPost("/import", ImportUnits).WithName("ImportUnits")
            .WithSummary("ERP import of up to 1,000 units at once, each upserted by external id, with a result per unit.")
            .ProducesValidationProblem();

        var areas = admin.MapGroup("/common-areas").WithTags("AdminCommonAreas");
        areas.MapGet("/", ListCommonAreas).WithName("ListCommonAreas").WithSummary("List the common areas by name, of one development or building, or all.")
            .ProducesValidationProblem();
        areas.MapPost("/", CreateCommonArea).WithIdempotency().WithName("CreateCommonArea")
            .WithSummary("Add a common area to a development, or to one of its buildings.")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        areas.MapPut("/{id:guid}", UpdateCommonArea).WithName("UpdateCommonArea").WithSummary("Rename a common area, or (de)activate it.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        areas.MapDelete("/{id:guid}", DeleteCommonArea).WithName("DeleteCommonArea")
            .WithSummary("Delete a common area registered by mistake; refused (409) once tickets are about it.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var occupancies = admin.MapGroup("/occupancies").WithTags("AdminOccupancies");
        occupancies.MapGet("/", ListOccupancies).WithName("ListOccupancies").WithSummary("List who occupies what, filtered by place or person.")
            .ProducesValidationProblem();
        occupancies.MapPost("/", CreateOccupancy).WithIdempotency().WithName("CreateOccupancy")
            .WithSummary("Link a person (by subject, or e-mail until they sign in) to a unit, or a síndico to a development or building.")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        occupancies.MapPatch("/{id:guid}", EndOccupancy).WithName("EndOccupancy")
            .WithSummary("Set an occupancy's last day; the person keeps their own tickets and loses the unit's shared ones.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        occupancies.MapDelete("/{id:guid}", DeleteOccupancy).WithName("DeleteOccupancy").WithSummary("Delete an occupancy registered by mistake.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    /// <param name="mediator">The mediator.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <param name="search">Only developments whose name or code contains this (any case), or whose external id is this.</param>
    /// <param name="active">true: only active ones; false: only deactivated ones.</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    /// <param name="limit">Items per page.</param>
    private static async Task<Ok<LocationPage<DevelopmentDto>>> ListDevelopments(
        IMediator mediator,
        CancellationToken cancellationToken,
        string? search = null,
        bool? active = null,
        string? cursor = null,
        [Range(1, LocationLists.MaxLimit)] int limit = LocationLists.DefaultLimit) =>
        TypedResults.Ok(await mediator.Send(new ListDevelopmentsQuery(search, active, cursor, limit), cancellationToken));

    private static async Task<Created<DevelopmentDto>> CreateDevelopment(DevelopmentRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var development = await mediator.Send(
            new CreateDevelopmentCommand(request.Name, request.Code, request.Address, request.HabiteSeDate, request.ExternalId), cancellationToken);
        return TypedResults.Created($"/api/v1/admin/developments/{development.Id}", development);
    }

    private static async Task<Ok<DevelopmentDto>> UpdateDevelopment(Guid id, DevelopmentRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateDevelopmentCommand(id, request.Name, request.Code, request.Address, request.HabiteSeDate, request.ExternalId, request.Active), cancellationToken));

    private static async Task<NoContent> DeleteDevelopment(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteDevelopmentCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <param name="mediator">The mediator.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <param name="developmentId">Only the buildings of this development.</param>
    /// <param name="active">true: only active ones; false: only deactivated ones.</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    /// <param name="limit">Items per page.</param>
    private static async Task<Ok<LocationPage<BuildingDto>>> ListBuildings(
        IMediator mediator,
        CancellationToken cancellationToken,
        Guid? developmentId = null,
        bool? active = null,
        string? cursor = null,
        [Range(1, LocationLists.MaxLimit)] int limit = LocationLists.DefaultLimit) =>
        TypedResults.Ok(await mediator.Send(new ListBuildingsQuery(developmentId, active, cursor, limit), cancellationToken));

    private static async Task<Created<BuildingDto>> CreateBuilding(BuildingRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var building = await mediator.Send(new CreateBuildingCommand(request.DevelopmentId ?? Guid.Empty, request.Name, request.ExternalId), cancellationToken);
        return TypedResults.Created($"/api/v1/admin/buildings/{building.Id}", building);
    }

    private static async Task<Ok<BuildingDto>> UpdateBuilding(Guid id, BuildingRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new UpdateBuildingCommand(id, request.Name, request.ExternalId, request.Active), cancellationToken));

    private static async Task<NoContent> DeleteBuilding(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteBuildingCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <param name="mediator">The mediator.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <param name="developmentId">Only the units of this development.</param>
    /// <param name="buildingId">Only the units of this building.</param>
    /// <param name="active">true: only active ones; false: only deactivated ones.</param>
    /// <param name="search">Only units whose code contains this (any case), or whose external id is this.</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    /// <param name="limit">Items per page.</param>
    private static async Task<Ok<LocationPage<UnitDto>>> ListUnits(
        IMediator mediator,
        CancellationToken cancellationToken,
        Guid? developmentId = null,
        Guid? buildingId = null,
        bool? active = null,
        string? search = null,
        string? cursor = null,
        [Range(1, LocationLists.MaxLimit)] int limit = LocationLists.DefaultLimit) =>
        TypedResults.Ok(await mediator.Send(new ListUnitsQuery(developmentId, buildingId, active, search, cursor, limit), cancellationToken));

    private static async Task<Created<UnitDto>> CreateUnit(UnitRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var unit = await mediator.Send(new CreateUnitCommand(request.BuildingId ?? Guid.Empty, request.Code, request.HandoverDate, request.ExternalId), cancellationToken);
        return TypedResults.Created($"/api/v1/admin/units/{unit.Id}", unit);
    }

    private static async Task<Ok<UnitDto>> UpdateUnit(Guid id, UnitRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateUnitCommand(id, request.BuildingId, request.Code, request.HandoverDate, request.ExternalId, request.Active), cancellationToken));

    private static async Task<NoContent> DeleteUnit(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteUnitCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<UnitImportResult>, Ok<UnitImportResult>>> UpsertUnit(
        string externalId, UnitUpsertRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(
            new UpsertUnitCommand(externalId, request.Code, request.HandoverDate, request.Active, request.Development, request.Building), cancellationToken);
        return result.Outcome == UnitImportOutcome.Created
            ? TypedResults.Created($"/api/v1/admin/units/{result.Unit!.Id}", result)
            : TypedResults.Ok(result);
    }

    private static async Task<Ok<ImportUnitsResponse>> ImportUnits(ImportUnitsRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ImportUnitsCommand(request.Units), cancellationToken));

    /// <param name="mediator">The mediator.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <param name="developmentId">Only the areas of this development.</param>
    /// <param name="buildingId">Only the areas of this building.</param>
    /// <param name="active">true: only active ones; false: only deactivated ones.</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    /// <param name="limit">Items per page.</param>
    private static async Task<Ok<LocationPage<CommonAreaDto>>> ListCommonAreas(
        IMediator mediator,
        CancellationToken cancellationToken,
        Guid? developmentId = null,
        Guid? buildingId = null,
        bool? active = null,
        string? cursor = null,
        [Range(1, LocationLists.MaxLimit)] int limit = LocationLists.DefaultLimit) =>
        TypedResults.Ok(await mediator.Send(new ListCommonAreasQuery(developmentId, buildingId, active, cursor, limit), cancellationToken));

    private static async Task<Created<CommonAreaDto>> CreateCommonArea(CommonAreaRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var area = await mediator.Send(new CreateCommonAreaCommand(request.DevelopmentId ?? Guid.Empty, request.BuildingId, request.Name), cancellationToken);
        return TypedResults.Created($"/api/v1/admin/common-areas/{area.Id}", area);
    }

    private static async Task<Ok<CommonAreaDto>> UpdateCommonArea(Guid id, CommonAreaRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new UpdateCommonAreaCommand(id, request.Name, request.Active), cancellationToken));

    private static async Task<NoContent> DeleteCommonArea(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteCommonAreaCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <param name="mediator">The mediator.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <param name="unitId">Only the occupancies of this unit.</param>
    /// <param name="buildingId">Only those of this building (its units', and its síndico's).</param>
    /// <param name="developmentId">Only those of this development.</param>
    /// <param name="subject">Only those of the person with this token subject.</param>
    /// <param name="email">Only those registered by this e-mail (any case) and not yet bound to a subject.</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    /// <param name="limit">Items per page.</param>
    private static async Task<Ok<LocationPage<OccupancyDto>>> ListOccupancies(
        IMediator mediator,
        CancellationToken cancellationToken,
        Guid? unitId = null,
        Guid? buildingId = null,
        Guid? developmentId = null,
        string? subject = null,
        string? email = null,
        string? cursor = null,
        [Range(1, LocationLists.MaxLimit)] int limit = LocationLists.DefaultLimit) =>
        TypedResults.Ok(await mediator.Send(new ListOccupanciesQuery(unitId, buildingId, developmentId, subject, email, cursor, limit), cancellationToken));

    private static async Task<Created<OccupancyDto>> CreateOccupancy(OccupancyRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var occupancy = await mediator.Send(
            new CreateOccupancyCommand(request.Role, request.UnitId, request.DevelopmentId, request.BuildingId, request.Subject, request.Email, request.From, request.To),
            cancellationToken);
        return TypedResults.Created($"/api/v1/admin/occupancies/{occupancy.Id}", occupancy);
    }

    private static async Task<Ok<OccupancyDto>> EndOccupancy(Guid id, OccupancyEndRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new EndOccupancyCommand(id, request.To), cancellationToken));

    private static async Task<NoContent> DeleteOccupancy(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteOccupancyCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}

/// <param name="Name">The development's name, 1 to 160 characters.</param>
/// <param name="Code">The builder's short code, unique in the tenant.</param>
/// <param name="Address">Optional address.</param>
/// <param name="HabiteSeDate">Optional date of the habite-se (YYYY-MM-DD).</param>
/// <param name="ExternalId">Optional ERP id, unique in the tenant.</param>
/// <param name="Active">On update: false deactivates, true reactivates.</param>
internal sealed record DevelopmentRequest(string? Name, string? Code, string? Address, DateOnly? HabiteSeDate, string? ExternalId, bool? Active);

/// <param name="DevelopmentId">The development (on creation).</param>
/// <param name="Name">The building's name, unique in its development.</param>
/// <param name="ExternalId">Optional ERP id, unique in the tenant.</param>
/// <param name="Active">On update: false deactivates, true reactivates.</param>
internal sealed record BuildingRequest(Guid? DevelopmentId, string? Name, string? ExternalId, bool? Active);

/// <param name="BuildingId">The building (on creation; on update, another building moves the unit).</param>
/// <param name="Code">The unit's code ("Apto 1203"), unique in its building.</param>
/// <param name="HandoverDate">Optional date the keys were handed over (YYYY-MM-DD); may be in the future.</param>
/// <param name="ExternalId">Optional ERP id, unique in the tenant.</param>
/// <param name="Active">On update: false deactivates, true reactivates.</param>
internal sealed record UnitRequest(Guid? BuildingId, string? Code, DateOnly? HandoverDate, string? ExternalId, bool? Active);

/// <param name="Code">The unit's code.</param>
/// <param name="HandoverDate">Optional handover date; omitted keeps the current one.</param>
/// <param name="Active">Optional: false deactivates, true reactivates.</param>
/// <param name="Development">The development by external id; name and code are required when it is new.</param>
/// <param name="Building">The building by external id; name is required when it is new.</param>
internal sealed record UnitUpsertRequest(string? Code, DateOnly? HandoverDate, bool? Active, DevelopmentImport? Development, BuildingImport? Building);

/// <param name="Units">1 to 1,000 units, each with its externalId.</param>
internal sealed record ImportUnitsRequest(IReadOnlyList<UnitImportRow>? Units);

/// <param name="DevelopmentId">The development (on creation).</param>
/// <param name="BuildingId">Optional: the building, for an area of one building only (on creation).</param>
/// <param name="Name">The area's name ("Piscina").</param>
/// <param name="Active">On update: false deactivates, true reactivates.</param>
internal sealed record CommonAreaRequest(Guid? DevelopmentId, Guid? BuildingId, string? Name, bool? Active);

/// <param name="Role">owner, co_owner, tenant_resident or syndic.</param>
/// <param name="UnitId">The unit, for every role but syndic.</param>
/// <param name="DevelopmentId">For a syndic: the development.</param>
/// <param name="BuildingId">For a syndic of one building: the building.</param>
/// <param name="Subject">The person's token subject, when known.</param>
/// <param name="Email">The person's e-mail, until they first sign in.</param>
/// <param name="From">The first day (YYYY-MM-DD).</param>
/// <param name="To">Optional last day.</param>
internal sealed record OccupancyRequest(
    OccupancyRole? Role, Guid? UnitId, Guid? DevelopmentId, Guid? BuildingId, string? Subject, string? Email, DateOnly? From, DateOnly? To);

/// <param name="To">The last day of the occupancy (YYYY-MM-DD).</param>
internal sealed record OccupancyEndRequest(DateOnly? To);
