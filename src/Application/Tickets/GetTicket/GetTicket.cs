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
    // Three statements whatever the number of comments: the ticket with its names, its history (comments and status
    // changes in one UNION ALL), its attachments. Internal notes, and files attached to them, are staff-only and
    // never appear here.
    public async ValueTask<TicketDetailResponse> Handle(GetTicketQuery query, CancellationToken cancellationToken)
    {
        var customerId = currentUser.CustomerId ?? throw new ForbiddenAccessException();
        var audience = Audience.Customer(currentUser.Locale);

        var ticket = await TicketHeader.FindAsync(db, db.Tickets.Where(t => t.CustomerId == customerId), query.Number, cancellationToken)
            ?? throw new NotFoundException("Ticket", query.Number);

        // Both sides of the UNION project the same anonymous shape (EF cannot combine constructor calls); enums travel
        // as their stored strings, since a NULL on one side gives EF no converter for the column.
        var comments = db.Comments
            .Where(c => c.TicketId == ticket.Id && !c.IsInternal)
            .Select(c => new
            {
                c.Id,
                At = c.CreatedAt,
                Body = (string?)c.Body,
                AuthorName = (string?)c.AuthorName,
                AuthorKind = (string?)c.AuthorKind.ToString(),
                StatusId = (Guid?)null,
                StatusName = (string?)null,
                LabelPtBr = (string?)null,
                LabelEn = (string?)null,
                LabelEs = (string?)null,
                Category = (string?)null,
            });
        var statusChanges =
            from change in db.TicketStatusChanges
            join status in db.TicketStatuses on change.ToStatusId equals status.Id
            where change.TicketId == ticket.Id
            select new
            {
                change.Id,
                At = change.ChangedAt,
                Body = (string?)null,
                AuthorName = (string?)null,
                AuthorKind = (string?)null,
                StatusId = (Guid?)status.Id,
                StatusName = (string?)status.Name,
                LabelPtBr = status.Label.PtBr,
                LabelEn = status.Label.En,
                LabelEs = status.Label.Es,
                Category = (string?)status.Category.ToString(),
            };
        var history = (await comments
                .Concat(statusChanges)
                .AsNoTracking()
                .OrderBy(row => row.At)
                .ThenBy(row => row.StatusId != null) // a reply that moves the ticket comes before the move
                .ThenBy(row => row.Id)
                .ToListAsync(cancellationToken))
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
