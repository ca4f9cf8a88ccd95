using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PosVendas.Application.Tickets;
using PosVendas.Application.Tickets.ConfirmTicket;
using PosVendas.Application.Tickets.GetTicket;
using PosVendas.Application.Tickets.ListMyTickets;
using PosVendas.Application.Tickets.OpenTicket;
using PosVendas.Application.Tickets.ReplyToTicket;
using PosVendas.Domain.Workflow;
using PosVendas.WebApi.Idempotency;
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
            .WithSummary("Read one of the caller's tickets with its conversation.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{number:int}/comments", ReplyToTicket)
            .WithIdempotency()
            .WithName("ReplyToTicket")
            .WithSummary("Reply to one of the caller's tickets (Responder chamado).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPost("/{number:int}/confirmation", ConfirmTicket)
            .WithName("ConfirmTicket")
            .WithSummary("Confirm that a solved ticket is done: it closes (replying instead reopens it).")
            .WithDescription("Only a ticket in a status of category solved can be confirmed; any other is 409 with rule OnlySolvedTicketsAreConfirmed. Answers the ticket as it is now, with its ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    private static async Task<Created<TicketDetailResponse>> OpenTicket(
        OpenTicketRequest request,
        IMediator mediator,
        CancellationToken cancellationToken)
    {
        var number = await mediator.Send(new OpenTicketCommand(request.SubjectId ?? Guid.Empty, request.Description, request.AttachmentIds), cancellationToken);
        var ticket = await mediator.Send(new GetTicketQuery(number), cancellationToken);
        return TypedResults.Created($"/api/v1/tickets/{number}", ticket);
    }

    private static async Task<Ok<TicketListResponse>> ListMyTickets(
        IMediator mediator,
        CancellationToken cancellationToken,
        Guid? status = null,
        string? cursor = null,
        int limit = ListMyTicketsQuery.DefaultLimit,
        string[]? category = null,
        string? state = null) =>
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
        return TypedResults.Created($"/api/v1/tickets/{number}", comment);
    }
}

/// <param name="SubjectId">The subject (Assunto) picked from GET /api/v1/service-types.</param>
/// <param name="Description">What the customer needs, 1 to 20,000 characters.</param>
/// <param name="AttachmentIds">Optional: ids of the caller's own uploads (POST /api/v1/attachments) to attach.</param>
internal sealed record OpenTicketRequest(Guid? SubjectId, string? Description, IReadOnlyList<Guid>? AttachmentIds);

/// <param name="Body">The reply, 1 to 20,000 characters.</param>
/// <param name="AttachmentIds">Optional: ids of the caller's own uploads (POST /api/v1/attachments) to attach.</param>
internal sealed record ReplyRequest(string? Body, IReadOnlyList<Guid>? AttachmentIds);
