using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Workflow;
using PosVendas.Application.Workflow.CreateStatus;
using PosVendas.Application.Workflow.DeleteStatus;
using PosVendas.Application.Workflow.ListStatuses;
using PosVendas.Application.Workflow.MapAssessmentOutcome;
using PosVendas.Application.Workflow.SetStatusActive;
using PosVendas.Application.Workflow.UpdateStatus;
using PosVendas.Domain.Warranty;
using PosVendas.WebApi.Idempotency;

using PosVendas.WebApi.OpenApi;

namespace PosVendas.WebApi.Endpoints;

/// <summary>Workflow, for the tenant's admins: the statuses of the tenant's flow and of service types' own flows.</summary>
internal static class AdminStatusesEndpoints
{
    public static IEndpointRouteBuilder MapAdminStatusesEndpoints(this IEndpointRouteBuilder app)
    {
        var statuses = app.MapAdminGroup().MapGroup("/statuses").WithTags("AdminStatuses");

        statuses.MapGet("/", ListStatuses)
            .WithName("ListStatuses")
            .WithSummary("List the statuses of every flow, or of one service type's flow.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        statuses.MapPost("/", CreateStatus)
            .WithIdempotency()
            .WithName("CreateStatus")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location)
            .WithSummary("Add a status to the tenant's flow, or to a service type's own flow.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        statuses.MapPatch("/{id:guid}", UpdateStatus)
            .WithName("UpdateStatus")
            .WithSummary("Rename, relabel or reorder a status, change its notification flag, or make it its category's default.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        statuses.MapPut("/{id:guid}/assessment-outcome", MapAssessmentOutcome)
            .WithName("MapAssessmentOutcome")
            .WithSummary("Make this status where an assessment with the outcome moves its flow's tickets; a null outcome clears it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        statuses.MapPost("/{id:guid}/deactivate", DeactivateStatus)
            .WithName("DeactivateStatus")
            .WithSummary("Stop a status from being assigned; tickets that have it keep it.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        statuses.MapPost("/{id:guid}/reactivate", ReactivateStatus)
            .WithName("ReactivateStatus")
            .WithSummary("Make a deactivated status assignable again.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        statuses.MapDelete("/{id:guid}", DeleteStatus)
            .WithName("DeleteStatus")
            .WithSummary("Delete a status no ticket has or had (otherwise 409: deactivate it).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    /// <param name="mediator">The mediator.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <param name="serviceType">Only the statuses of this service type's own flow; omit for every flow.</param>
    private static async Task<Ok<StatusListResponse>> ListStatuses(IMediator mediator, CancellationToken cancellationToken, Guid? serviceType = null) =>
        TypedResults.Ok(await mediator.Send(new ListStatusesQuery(serviceType), cancellationToken));

    private static async Task<Created<StatusAdminDto>> CreateStatus(StatusCreateRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var status = await mediator.Send(
            new CreateStatusCommand(request.ServiceTypeId, request.Name, request.Category, request.Label, request.SortOrder ?? 0, request.IsDefault, request.NotifyCustomer),
            cancellationToken);
        return TypedResults.Created($"/api/v1/admin/statuses/{status.Id}", status);
    }

    private static async Task<Ok<StatusAdminDto>> UpdateStatus(Guid id, StatusUpdateRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateStatusCommand(id, request.Name, request.Label, request.SortOrder, request.NotifyCustomer, request.IsDefault),
            cancellationToken));

    private static async Task<Ok<StatusAdminDto>> MapAssessmentOutcome(
        Guid id, AssessmentOutcomeRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new MapAssessmentOutcomeCommand(id, request.Outcome), cancellationToken));

    private static async Task<Ok<StatusAdminDto>> DeactivateStatus(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SetStatusActiveCommand(id, Active: false), cancellationToken));

    private static async Task<Ok<StatusAdminDto>> ReactivateStatus(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SetStatusActiveCommand(id, Active: true), cancellationToken));

    private static async Task<NoContent> DeleteStatus(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteStatusCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}

/// <param name="ServiceTypeId">The service type whose own flow gets the status; null for the tenant's flow.</param>
/// <param name="Name">The internal name staff see.</param>
/// <param name="Category">new, open, pending, on_hold, solved or closed.</param>
/// <param name="Label">What customers read, per language (ptBr, en, es); defaults to the name.</param>
/// <param name="SortOrder">Position in lists.</param>
/// <param name="IsDefault">Make it its category's default (the first of a category always is).</param>
/// <param name="NotifyCustomer">Tell customers when their ticket enters this status.</param>
internal sealed record StatusCreateRequest(Guid? ServiceTypeId, string? Name, string? Category, LabelDto? Label, int? SortOrder, bool IsDefault, bool NotifyCustomer);

internal sealed record StatusUpdateRequest(string? Name, LabelDto? Label, int? SortOrder, bool? NotifyCustomer, bool? IsDefault);

/// <param name="Outcome">procedente, improcedente or parcial; null: no outcome moves tickets to this status.</param>
internal sealed record AssessmentOutcomeRequest(AssessmentOutcome? Outcome);
