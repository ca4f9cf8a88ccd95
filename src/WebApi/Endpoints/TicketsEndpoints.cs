using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Locations;
using PosVendas.Application.Tickets;
using PosVendas.Application.Tickets.ConfirmTicket;
using PosVendas.Application.Tickets.GetTicket;
using PosVendas.Application.Tickets.ListMyTickets;
using PosVendas.Application.Tickets.OpenTicket;
using PosVendas.Application.Tickets.ReplyToTicket;
using PosVendas.Application.Warranty;
using PosVendas.Application.Warranty.ContestAssessment;
using PosVendas.Domain.Workflow;
using PosVendas.WebApi.Idempotency;
using PosVendas.WebApi.OpenApi;
using PosVendas.WebApi.Security;

namespace PosVendas.WebApi.Endpoints;

/// <summary>The customer's tickets. A ticket is never edited once submitted: there is no PUT, PATCH or DELETE.</summary>
internal static class TicketsEndpoints
{
    public static IEndpointRouteBuilder MapTicketsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tickets")
            .WithTags("Tickets")
            .RequireAuthorization(Policies.Customer)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", OpenTicket)
            .WithIdempotency()
            .WithName("OpenTicket")
            .WithSummary("Open a ticket (Abrir chamado).")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location)
            .WithDescription("Opens a ticket for one of the subjects of GET /api/v1/service-types. It starts in the initial status of its flow (its service type's, else the tenant's) and is routed to the subject's department.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapGet("/", ListMyTickets)
            .WithName("ListMyTickets")
            .WithSummary("List the caller's tickets, newest first (Chamados abertos).")
            .WithDescription("Pages with an opaque cursor: pass nextCursor back as cursor until it is null. Filters combine: status, category (repeatable: new, open, pending, on_hold, solved, closed) and state (open: every category but closed; closed).")
            .ProducesValidationProblem();

        group.MapGet("/{number:int}", GetTicket)
            .WithName("GetTicket")
            .WithSummary("Read one of the caller's tickets with its conversation; the ETag header is its version.")
            .ProducesHeaders(StatusCodes.Status200OK, ResponseHeaders.ETag)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{number:int}/comments/{commentId:guid}", GetComment)
            .WithName("GetTicketComment")
            .WithSummary("Read one public comment of one of the caller's tickets (where a reply's Location points).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{number:int}/comments", ReplyToTicket)
            .WithIdempotency()
            .WithName("ReplyToTicket")
            .WithSummary("Reply to one of the caller's tickets (Responder chamado).")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPost("/{number:int}/confirmation", ConfirmTicket)
            .WithName("ConfirmTicket")
            .WithSummary("Confirm that a solved ticket is done: it closes (replying instead reopens it).")
            .ProducesHeaders(StatusCodes.Status200OK, ResponseHeaders.ETag)
            .WithDescription("Only a ticket in a status of category solved can be confirmed; any other is 409 with rule OnlySolvedTicketsAreConfirmed. Answers the ticket as it is now, with its ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{number:int}/assessment/contest", ContestAssessment)
            .WithIdempotency()
            .WithName("ContestAssessment")
            .WithSummary("Contest the team's improcedente or parcial assessment, once, within the company's days to contest.")
            .WithDescription("The reasons become a reply (with the files) and the ticket returns to open. No assessment to contest, a second contest, or a window that ended is 409 (rules OnlyRefusalsAreContested, TicketIsContestedOnce, ContestWindowMustBeOpen, ContestsMustBeTaken); the detail's assessment.contestUntil gives the last day.")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        return app;
    }

    private static async Task<Created<AssessmentContestDto>> ContestAssessment(
        int number,
        ContestRequest request,
        IMediator mediator,
        CancellationToken cancellationToken)
    {
        var contest = await mediator.Send(new ContestAssessmentCommand(number, request.Reason, request.AttachmentIds), cancellationToken);
        return TypedResults.Created($"/api/v1/tickets/{number}", contest);
    }

    private static async Task<Created<TicketDetailResponse>> OpenTicket(
        OpenTicketRequest request,
        IMediator mediator,
        CancellationToken cancellationToken)
    {
        var number = await mediator.Send(
            new OpenTicketCommand(request.SubjectId ?? Guid.Empty, request.Description, request.AttachmentIds, request.Location, request.ShareWithUnit),
            cancellationToken);
        var ticket = await mediator.Send(new GetTicketQuery(number), cancellationToken);
        return TypedResults.Created($"/api/v1/tickets/{number}", ticket);
    }

    /// <param name="mediator">The mediator.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <param name="status">Only tickets in this status (an id from GET /api/v1/statuses).</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    /// <param name="limit">Tickets per page.</param>
    /// <param name="category">Only tickets whose status is in one of these categories; repeat the parameter for several.</param>
    /// <param name="state">open: every category but closed ("Chamados abertos"); closed: only closed.</param>
    private static async Task<Ok<TicketListResponse>> ListMyTickets(
        IMediator mediator,
        CancellationToken cancellationToken,
        Guid? status = null,
        string? cursor = null,
        [Range(1, ListMyTicketsQuery.MaxLimit)] int limit = ListMyTicketsQuery.DefaultLimit,
        [WireEnum(typeof(StatusCategory))] string[]? category = null,
        [WireEnum(typeof(TicketState))] string? state = null) =>
        TypedResults.Ok(await mediator.Send(
            new ListMyTicketsQuery(
                status,
                cursor,
                limit,
                category?.Select(value => QueryEnum.Parse<StatusCategory>(value, nameof(category))!.Value).ToList(),
                QueryEnum.Parse<TicketState>(state, nameof(state))),
            cancellationToken));

    private static async Task<Ok<TicketDetailResponse>> GetTicket(int number, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken)
    {
        var ticket = await mediator.Send(new GetTicketQuery(number), cancellationToken);
        httpContext.Response.Headers.ETag = ticket.ETag;
        return TypedResults.Ok(ticket);
    }

    private static async Task<Ok<CommentDto>> GetComment(int number, Guid commentId, IMediator mediator, CancellationToken cancellationToken)
    {
        var ticket = await mediator.Send(new GetTicketQuery(number), cancellationToken);
        var comment = ticket.Comments.FirstOrDefault(comment => comment.Id == commentId);
        return TypedResults.Ok(comment ?? throw new NotFoundException(Resource.Comment, commentId));
    }

    private static async Task<Ok<TicketDetailResponse>> ConfirmTicket(int number, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ConfirmTicketCommand(number), cancellationToken);
        var ticket = await mediator.Send(new GetTicketQuery(number), cancellationToken);
        httpContext.Response.Headers.ETag = ticket.ETag;
        return TypedResults.Ok(ticket);
    }

    private static async Task<Created<CommentDto>> ReplyToTicket(
        int number,
        ReplyRequest request,
        IMediator mediator,
        CancellationToken cancellationToken)
    {
        var comment = await mediator.Send(new ReplyToTicketCommand(number, request.Body, request.AttachmentIds), cancellationToken);
        return TypedResults.Created($"/api/v1/tickets/{number}/comments/{comment.Id}", comment);
    }
}

/// <param name="SubjectId">The subject (Assunto) picked from GET /api/v1/service-types.</param>
/// <param name="Description">What the customer needs, 1 to 20,000 characters.</param>
/// <param name="AttachmentIds">Optional: ids of the caller's own uploads (POST /api/v1/attachments) to attach.</param>
/// <param name="Location">Where the problem is: one of the caller's units or common areas (GET /api/v1/me/locations), or a description when their unit is not registered. Required when the subject says so.</param>
/// <param name="ShareWithUnit">
/// Let the unit's other owners and co-owners see the ticket too (only its opener answers it); when omitted, the
/// company's setting <c>shareTicketsWithUnit</c> decides. Only a ticket about a registered unit is shared.
/// </param>
internal sealed record OpenTicketRequest(Guid? SubjectId, string? Description, IReadOnlyList<Guid>? AttachmentIds, LocationInput? Location, bool? ShareWithUnit);

/// <param name="Body">The reply, 1 to 20,000 characters.</param>
/// <param name="AttachmentIds">Optional: ids of the caller's own uploads (POST /api/v1/attachments) to attach.</param>
internal sealed record ReplyRequest(string? Body, IReadOnlyList<Guid>? AttachmentIds);

/// <param name="Reason">Why the customer disagrees, 1 to 20,000 characters.</param>
/// <param name="AttachmentIds">Optional: ids of the caller's own uploads (photos, reports) to attach.</param>
internal sealed record ContestRequest(string? Reason, IReadOnlyList<Guid>? AttachmentIds);
