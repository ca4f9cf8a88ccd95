using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Domain.Common;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Tickets.GetTicket;

/// <summary>One of the caller's tickets with its conversation and a timeline of replies and status changes, oldest first.</summary>
public sealed record GetTicketQuery(int Number) : IQuery<TicketDetailResponse>;

internal sealed class GetTicketHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetTicketQuery, TicketDetailResponse>
{
    /// <summary>
    /// The ticket's public comments and its status changes in one UNION ALL, oldest first, compiled once (it runs on
    /// every ticket view). Both sides fill the same <see cref="HistoryColumns"/> (EF Core matches set operations by
    /// member, which constructor calls lack); enums travel as their stored strings, since a NULL on one side gives EF
    /// no converter for the column.
    /// </summary>
    private static readonly Func<DbContext, Guid, IAsyncEnumerable<HistoryColumns>> History =
        EF.CompileAsyncQuery<DbContext, Guid, HistoryColumns>((db, ticketId) =>
            db.Set<Comment>()
                .Where(c => c.TicketId == ticketId && !c.IsInternal)
                .Select(c => new HistoryColumns
                {
                    Id = c.Id,
                    At = c.CreatedAt,
                    Body = c.Body,
                    AuthorName = c.AuthorName,
                    AuthorKind = c.AuthorKind.ToString(),
                    StatusId = null,
                    StatusName = null,
                    LabelPtBr = null,
                    LabelEn = null,
                    LabelEs = null,
                    Category = null,
                })
                .Concat(
                    from change in db.Set<TicketStatusChange>()
                    join status in db.Set<TicketStatus>() on change.ToStatusId equals status.Id
                    where change.TicketId == ticketId
                    select new HistoryColumns
                    {
                        Id = change.Id,
                        At = change.ChangedAt,
                        Body = null,
                        AuthorName = null,
                        AuthorKind = null,
                        StatusId = status.Id,
                        StatusName = status.Name,
                        LabelPtBr = status.Label.PtBr,
                        LabelEn = status.Label.En,
                        LabelEs = status.Label.Es,
                        Category = status.Category.ToString(),
                    })
                .AsNoTracking()
                .OrderBy(row => row.At)
                .ThenBy(row => row.StatusId != null) // a reply that moves the ticket comes before the move
                .ThenBy(row => row.Id));

    // Three statements whatever the number of comments: the ticket with its names, its history (comments and status
    // changes in one UNION ALL), its attachments. Internal notes, and files attached to them, are staff-only and
    // never appear here.
    public async ValueTask<TicketDetailResponse> Handle(GetTicketQuery query, CancellationToken cancellationToken)
    {
        var customerId = currentUser.CustomerId ?? throw new ForbiddenAccessException();
        var audience = Audience.Customer(currentUser.Locale);

        var ticket = await TicketHeader.FindForCustomerAsync(db, customerId, query.Number, cancellationToken)
            ?? throw new NotFoundException(Resource.Ticket, query.Number);

        var history = (await History(db.AsDbContext(), ticket.Id).ToListAsync(cancellationToken))
            .Select(row => new HistoryRow(
                row.Id,
                row.At,
                row.Body,
                row.AuthorName,
                row.AuthorKind is null ? null : Enum.Parse<AuthorKind>(row.AuthorKind),
                row.StatusId,
                row.StatusName,
                row.LabelPtBr,
                row.LabelEn,
                row.LabelEs,
                row.Category is null ? null : Enum.Parse<StatusCategory>(row.Category)))
            .ToList();

        var attachmentsByComment = await ticket.AttachmentsAsync(db, includeInternal: false, cancellationToken);

        return new TicketDetailResponse(
            ticket.Number,
            ticket.ServiceType.For(audience),
            ticket.Subject.For(audience),
            ticket.Department,
            ticket.Status.For(audience),
            ticket.Description,
            ticket.CreatedAt,
            ticket.LastActivityAt,
            [.. attachmentsByComment[null]],
            [.. history.Where(row => row.IsComment).Select(row => row.ToComment(attachmentsByComment))],
            [.. history.Select(row => row.ToTimelineEntry(audience))])
        {
            ETag = ticket.ETag,
        };
    }

    /// <summary>The columns of one history row as the UNION returns them.</summary>
    private sealed class HistoryColumns
    {
        public Guid Id { get; init; }
        public DateTimeOffset At { get; init; }
        public string? Body { get; init; }
        public string? AuthorName { get; init; }
        public string? AuthorKind { get; init; }
        public Guid? StatusId { get; init; }
        public string? StatusName { get; init; }
        public string? LabelPtBr { get; init; }
        public string? LabelEn { get; init; }
        public string? LabelEs { get; init; }
        public string? Category { get; init; }
    }

    /// <summary>One event of the ticket's history as read: a comment, or a change to a status.</summary>
    private sealed record HistoryRow(
        Guid Id,
        DateTimeOffset At,
        string? Body,
        string? AuthorName,
        AuthorKind? AuthorKind,
        Guid? StatusId,
        string? StatusName,
        string? LabelPtBr,
        string? LabelEn,
        string? LabelEs,
        StatusCategory? Category)
    {
        public bool IsComment => StatusId is null;

        public CommentDto ToComment(ILookup<Guid?, AttachmentDto> attachments) =>
            new(Id, Body!, At, new CommentAuthorDto(AuthorName!, AuthorKind!.Value), [.. attachments[Id]]);

        public TimelineEntryDto ToTimelineEntry(Audience audience) => IsComment
            ? new TimelineEntryDto(TimelineEntryKind.Comment, At, Id, null)
            : new TimelineEntryDto(
                TimelineEntryKind.StatusChange,
                At,
                null,
                new StatusRow(StatusId!.Value, StatusName!, new LocalizedText(LabelPtBr, LabelEn, LabelEs), Category!.Value).For(audience));
    }
}
