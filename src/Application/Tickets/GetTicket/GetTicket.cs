using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;

namespace PosVendas.Application.Tickets.GetTicket;

/// <summary>One of the caller's tickets with its conversation, oldest comment first.</summary>
public sealed record GetTicketQuery(int Number) : IQuery<TicketDetailResponse>;

internal sealed class GetTicketHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetTicketQuery, TicketDetailResponse>
{
    // Three statements whatever the number of comments: the ticket with its names, its comments, its attachments.
    // Internal notes, and files attached to them, are staff-only and never appear here.
    public async ValueTask<TicketDetailResponse> Handle(GetTicketQuery query, CancellationToken cancellationToken)
    {
        var customerId = currentUser.CustomerId ?? throw new ForbiddenAccessException();
        var audience = Audience.Customer(currentUser.Locale);

        var ticket = await TicketHeader.FindAsync(db, db.Tickets.Where(t => t.CustomerId == customerId), query.Number, cancellationToken)
            ?? throw new NotFoundException("Ticket", query.Number);

        var comments = await db.Comments
            .AsNoTracking()
            .Where(c => c.TicketId == ticket.Id && !c.IsInternal)
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Body, c.CreatedAt, Author = new CommentAuthorDto(c.AuthorName, c.AuthorKind) })
            .ToListAsync(cancellationToken);

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
            [.. comments.Select(c => new CommentDto(c.Id, c.Body, c.CreatedAt, c.Author, [.. attachmentsByComment[c.Id]]))]);
    }
}
