using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Tickets;
using PosVendas.Application.Tickets.ChangeTicketStatus;
using PosVendas.Application.Tickets.GetStaffTicket;
using PosVendas.Application.Tickets.ListMyTickets;
using PosVendas.Application.Tickets.ListTicketQueue;
using PosVendas.Application.Tickets.ReplyAsStaff;
using PosVendas.Application.Warranty;
using PosVendas.Application.Warranty.AssessmentsReport;
using PosVendas.Application.Warranty.AssessTicket;
using PosVendas.Application.Workflow.ListStatuses;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Workflow;
using PosVendas.WebApi.Http;
using PosVendas.WebApi.Idempotency;
using PosVendas.WebApi.OpenApi;
using PosVendas.WebApi.Security;

namespace PosVendas.WebApi.Endpoints;

/// <summary>The company's side of tickets: the queue, answers and internal notes, status changes.</summary>
internal static class StaffTicketsEndpoints
{
    public static IEndpointRouteBuilder MapStaffTicketsEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/v1/staff")
            .WithTags("StaffTickets")
            .RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        var group = staff.MapGroup("/tickets");

        app.MapGroup("/api/v1/staff/reports")
            .WithTags("StaffReports")
            .RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .MapGet("/assessments", AssessmentsReport)
            .WithName("GetAssessmentsReport")
            .WithSummary("Assessments in force over a period, counted by outcome, reason, warranty item (system) and development.")
            .WithDescription("from and to are days in the company's time zone, both included. A corrected assessment counts once, as its correction says. Agents limited to departments count their departments' tickets.")
            .ProducesValidationProblem();

        group.MapGet("/", ListQueue)
            .WithName("ListTicketQueue")
            .WithSummary("List the tickets of the caller's scope, filtered, newest first or by last activity.")
            .WithDescription("q searches descriptions and comments (internal notes included) in full text, with Portuguese stemming and accents ignored.")
            .ProducesValidationProblem();

        group.MapGet("/{number:int}", GetTicket)
            .WithName("GetStaffTicket")
            .WithSummary("Read a ticket with internal notes and status history; the ETag header is its version.")
            .ProducesHeaders(StatusCodes.Status200OK, ResponseHeaders.ETag)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{number:int}/comments/{commentId:guid}", GetComment)
            .WithName("GetStaffTicketComment")
            .WithSummary("Read one comment or internal note of a ticket (where an answer's Location points).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{number:int}/comments", Reply)
            .WithIdempotency()
            .WithName("ReplyAsStaff")
            .WithSummary("Answer the customer, or add an internal note, optionally changing the status.")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPost("/{number:int}/assessment", Assess)
            .WithIdempotency()
            .WithName("AssessTicket")
            .WithSummary("Record the procedência decision: outcome, reason, the explanation the customer reads, an optional fee, evidence files.")
            .WithDescription("An assessment never changes: sent again on an assessed ticket, it records a correction that supersedes the one in force (both are kept, newest first, in the ticket's assessments). The explanation is a public answer carrying the evidence files; the ticket moves to the status its flow maps to the outcome (PUT /api/v1/admin/statuses/{id}/assessment-outcome); the customer gets one e-mail.")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapPut("/{number:int}/status", ChangeStatus)
            .WithName("ChangeTicketStatus")
            .WithSummary("Move a ticket to another status; send the ETag you read as If-Match.")
            .ProducesHeaders(StatusCodes.Status200OK, ResponseHeaders.ETag)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        staff.MapGet("/statuses", ListStatuses)
            .WithName("ListStatusesForStaff")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("List the statuses of every flow (or of one service type's), to move tickets with.");

        return app;
    }

    /// <param name="mediator">The mediator.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <param name="status">Only tickets in this status (an id from GET /api/v1/staff/statuses).</param>
    /// <param name="category">Only tickets whose status is in this category.</param>
    /// <param name="department">Only tickets routed to this department.</param>
    /// <param name="serviceType">Only tickets of this service type (Tipo).</param>
    /// <param name="customerEmail">Only tickets of the customer with this e-mail address (exact, case-insensitive).</param>
    /// <param name="openedFrom">Only tickets opened at or after this time (RFC 3339, any offset).</param>
    /// <param name="openedTo">Only tickets opened before this time (RFC 3339, any offset).</param>
    /// <param name="waiting">on_us: the next move is staff's (new or open); on_customer: the customer's (pending).</param>
    /// <param name="sort">newest: by number, newest first (the default); last_activity: most recent public activity first.</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    /// <param name="limit">Tickets per page.</param>
    /// <param name="q">Full-text search over descriptions and comments (internal notes included): Portuguese stemming, accents ignored, "phrases", or, -word.</param>
    /// <param name="development">Only tickets about a place in this development (as it was when they were opened).</param>
    /// <param name="building">Only tickets about a place in this building.</param>
    /// <param name="unit">Only tickets about this unit.</param>
    /// <param name="commonArea">Only tickets about this common area.</param>
    /// <param name="coverage">Only tickets whose warranty coverage, as recorded at opening, was this.</param>
    private static async Task<Ok<TicketQueueResponse>> ListQueue(
        IMediator mediator,
        CancellationToken cancellationToken,
        Guid? status = null,
        [WireEnum(typeof(StatusCategory))] string? category = null,
        Guid? department = null,
        Guid? serviceType = null,
        string? customerEmail = null,
        DateTimeOffset? openedFrom = null,
        DateTimeOffset? openedTo = null,
        [WireEnum(typeof(QueueWaiting))] string? waiting = null,
        [WireEnum(typeof(QueueSort))] string? sort = null,
        string? cursor = null,
        [Range(1, ListMyTicketsQuery.MaxLimit)] int limit = ListMyTicketsQuery.DefaultLimit,
        [MaxLength(ListTicketQueueQuery.MaxSearchLength)] string? q = null,
        Guid? development = null,
        Guid? building = null,
        Guid? unit = null,
        Guid? commonArea = null,
        [WireEnum(typeof(WarrantyCoverageStatus))] string? coverage = null) =>
        TypedResults.Ok(await mediator.Send(
            new ListTicketQueueQuery(
                status,
                QueryEnum.Parse<StatusCategory>(category, nameof(category)),
                department,
                serviceType,
                customerEmail,
                openedFrom,
                openedTo,
                QueryEnum.Parse<QueueWaiting>(waiting, nameof(waiting)),
                QueryEnum.Parse<QueueSort>(sort, nameof(sort)) ?? QueueSort.Newest,
                cursor,
                limit,
                q,
                development,
                building,
                unit,
                commonArea,
                QueryEnum.Parse<WarrantyCoverageStatus>(coverage, nameof(coverage))),
            cancellationToken));

    /// <param name="mediator">The mediator.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <param name="serviceType">Only the statuses of this service type's own flow; omit for every flow.</param>
    private static async Task<Ok<StatusListResponse>> ListStatuses(IMediator mediator, CancellationToken cancellationToken, Guid? serviceType = null) =>
        TypedResults.Ok(await mediator.Send(new ListStatusesQuery(serviceType), cancellationToken));

    private static async Task<Ok<StaffTicketResponse>> GetTicket(int number, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken)
    {
        var ticket = await mediator.Send(new GetStaffTicketQuery(number), cancellationToken);
        httpContext.Response.Headers.ETag = ticket.ETag;
        return TypedResults.Ok(ticket);
    }

    private static async Task<Ok<StaffCommentDto>> GetComment(int number, Guid commentId, IMediator mediator, CancellationToken cancellationToken)
    {
        var ticket = await mediator.Send(new GetStaffTicketQuery(number), cancellationToken);
        var comment = ticket.Comments.FirstOrDefault(comment => comment.Id == commentId);
        return TypedResults.Ok(comment ?? throw new NotFoundException(Resource.Comment, commentId));
    }

    private static async Task<Created<StaffCommentDto>> Reply(int number, StaffReplyRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var comment = await mediator.Send(
            new ReplyAsStaffCommand(number, request.Body, request.Internal, request.StatusId, request.AttachmentIds),
            cancellationToken);
        return TypedResults.Created($"/api/v1/staff/tickets/{number}/comments/{comment.Id}", comment);
    }

    private static async Task<Created<AssessmentDto>> Assess(int number, AssessRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var assessment = await mediator.Send(
            new AssessTicketCommand(number, request.Outcome, request.Reason, request.Explanation, request.Fee, request.EvidenceAttachmentIds),
            cancellationToken);
        return TypedResults.Created($"/api/v1/staff/tickets/{number}", assessment);
    }

    /// <param name="from">The first day counted (yyyy-MM-dd).</param>
    /// <param name="to">The last day counted (yyyy-MM-dd).</param>
    /// <param name="developmentId">Only tickets about this development.</param>
    /// <param name="mediator">The mediator.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    private static async Task<Ok<AssessmentsReportResponse>> AssessmentsReport(
        DateOnly? from, DateOnly? to, Guid? developmentId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new AssessmentsReportQuery(from, to, developmentId), cancellationToken));

    private static async Task<Ok<StaffTicketResponse>> ChangeStatus(
        int number,
        ChangeStatusRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext httpContext,
        IMediator mediator,
        CancellationToken cancellationToken)
    {
        var expected = IfMatch.ExpectedVersion(ifMatch, httpContext, VersionedResource.Ticket);
        await mediator.Send(new ChangeTicketStatusCommand(number, request.StatusId ?? Guid.Empty, expected), cancellationToken);

        var ticket = await mediator.Send(new GetStaffTicketQuery(number), cancellationToken);
        httpContext.Response.Headers.ETag = ticket.ETag;
        return TypedResults.Ok(ticket);
    }
}

/// <param name="Body">The answer or note, 1 to 20,000 characters.</param>
/// <param name="Internal">True for an internal note, never shown to the customer.</param>
/// <param name="StatusId">Optional: the status to move the ticket to in the same step.</param>
/// <param name="AttachmentIds">Optional: ids of the caller's own uploads to attach.</param>
internal sealed record StaffReplyRequest(string? Body, bool Internal, Guid? StatusId, IReadOnlyList<Guid>? AttachmentIds);

/// <param name="StatusId">The status to move the ticket to.</param>
internal sealed record ChangeStatusRequest(Guid? StatusId);

/// <param name="Outcome">procedente (covered), improcedente (not covered) or parcial (covered in part).</param>
/// <param name="Reason">For improcedente and parcial only: out_of_warranty, apparent_defect_at_handover, owner_modification, missing_maintenance, not_a_defect or third_party.</param>
/// <param name="Explanation">What the customer reads, 1 to 20,000 characters; it is also a public answer.</param>
/// <param name="Fee">Optional, for improcedente and parcial only: what the customer is charged, in reais (up to 1,000,000.00).</param>
/// <param name="EvidenceAttachmentIds">Optional: ids of the caller's own uploads (photos, reports) attached to the answer.</param>
internal sealed record AssessRequest(
    AssessmentOutcome? Outcome, AssessmentReason? Reason, string? Explanation, decimal? Fee, IReadOnlyList<Guid>? EvidenceAttachmentIds);
