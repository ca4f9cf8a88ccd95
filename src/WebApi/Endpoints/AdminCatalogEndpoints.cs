using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PosVendas.Application.Catalog;
using PosVendas.Application.Catalog.CreateDepartment;
using PosVendas.Application.Catalog.CreateServiceType;
using PosVendas.Application.Catalog.CreateSubject;
using PosVendas.Application.Catalog.GetCatalogForAdmin;
using PosVendas.Application.Catalog.ListDepartments;
using PosVendas.Application.Catalog.UpdateDepartment;
using PosVendas.Application.Catalog.UpdateServiceType;
using PosVendas.Application.Catalog.UpdateSubject;
using PosVendas.Application.Common.Responses;
using PosVendas.Domain.Catalog;
using PosVendas.WebApi.Idempotency;

using PosVendas.WebApi.OpenApi;

namespace PosVendas.WebApi.Endpoints;

/// <summary>The catalog, for the tenant's admins: departments, service types (Tipo) and their subjects (Assunto).</summary>
internal static class AdminCatalogEndpoints
{
    private const string CatalogTag = "AdminCatalog";

    public static IEndpointRouteBuilder MapAdminCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup();

        var departments = admin.MapGroup("/departments").WithTags("AdminDepartments");

        departments.MapGet("/", ListDepartments)
            .WithName("ListDepartments")
            .WithSummary("List the departments, active or not.");

        departments.MapPost("/", CreateDepartment)
            .WithIdempotency()
            .WithName("CreateDepartment")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location)
            .WithSummary("Add a department.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        departments.MapPatch("/{id:guid}", UpdateDepartment)
            .WithName("UpdateDepartment")
            .WithSummary("Rename a department, change its notification e-mail (\"\" clears it), or (de)activate it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var serviceTypes = admin.MapGroup("/service-types").WithTags(CatalogTag);

        serviceTypes.MapGet("/", GetCatalog)
            .WithName("GetCatalogForAdmin")
            .WithSummary("List every service type with every subject, active or not.");

        serviceTypes.MapPost("/", CreateServiceType)
            .WithIdempotency()
            .WithName("CreateServiceType")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location)
            .WithSummary("Add a service type (Tipo).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        serviceTypes.MapPatch("/{id:guid}", UpdateServiceType)
            .WithName("UpdateServiceType")
            .WithSummary("Rename, relabel, reorder or (de)activate a service type.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        serviceTypes.MapPost("/{id:guid}/subjects", CreateSubject)
            .WithIdempotency()
            .WithName("CreateSubject")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location)
            .WithSummary("Add a subject (Assunto) to a service type, routed to a department.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapPatch("/subjects/{id:guid}", UpdateSubject)
            .WithTags(CatalogTag)
            .WithName("UpdateSubject")
            .WithSummary("Rename, relabel, reorder, reroute or (de)activate a subject.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    private static async Task<Ok<DepartmentListResponse>> ListDepartments(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListDepartmentsQuery(), cancellationToken));

    private static async Task<Created<DepartmentDto>> CreateDepartment(DepartmentRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var department = await mediator.Send(new CreateDepartmentCommand(request.Name, request.NotificationEmail), cancellationToken);
        return TypedResults.Created($"/api/v1/admin/departments/{department.Id}", department);
    }

    private static async Task<Ok<DepartmentDto>> UpdateDepartment(Guid id, DepartmentRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new UpdateDepartmentCommand(id, request.Name, request.NotificationEmail, request.Active), cancellationToken));

    private static async Task<Ok<CatalogAdminResponse>> GetCatalog(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCatalogForAdminQuery(), cancellationToken));

    private static async Task<Created<ServiceTypeAdminDto>> CreateServiceType(CatalogItemRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var serviceType = await mediator.Send(new CreateServiceTypeCommand(request.Name, request.Label, request.SortOrder ?? 0), cancellationToken);
        return TypedResults.Created($"/api/v1/admin/service-types/{serviceType.Id}", serviceType);
    }

    private static async Task<Ok<ServiceTypeAdminDto>> UpdateServiceType(Guid id, CatalogItemRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new UpdateServiceTypeCommand(id, request.Name, request.Label, request.SortOrder, request.Active), cancellationToken));

    private static async Task<Created<SubjectAdminDto>> CreateSubject(Guid id, SubjectRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var subject = await mediator.Send(
            new CreateSubjectCommand(id, request.Name, request.Label, request.DepartmentId ?? Guid.Empty, request.SortOrder ?? 0),
            cancellationToken);
        return TypedResults.Created($"/api/v1/admin/subjects/{subject.Id}", subject);
    }

    private static async Task<Ok<SubjectAdminDto>> UpdateSubject(Guid id, SubjectRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateSubjectCommand(id, request.Name, request.Label, request.SortOrder, request.DepartmentId, request.Active, request.LocationRequired, request.Location),
            cancellationToken));
}

internal sealed record DepartmentRequest(string? Name, string? NotificationEmail, bool? Active);

internal sealed record CatalogItemRequest(string? Name, LabelDto? Label, int? SortOrder, bool? Active);

/// <param name="Name">The internal name, unique in its service type.</param>
/// <param name="Label">What customers read, per language.</param>
/// <param name="SortOrder">Its place in the drop-down.</param>
/// <param name="DepartmentId">The department its tickets are routed to.</param>
/// <param name="Active">false deactivates, true reactivates.</param>
/// <param name="LocationRequired">Whether its tickets must say where the problem is.</param>
/// <param name="Location">The places its tickets may be about: units, common_areas or either.</param>
internal sealed record SubjectRequest(
    string? Name, LabelDto? Label, int? SortOrder, Guid? DepartmentId, bool? Active, bool? LocationRequired = null, SubjectLocation? Location = null);
