using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;

namespace PosVendas.Application.Tickets.GetStaffTicket;

/// <summary>A ticket of the staff member's scope with everything: internal notes and status history included.</summary>
public sealed record GetStaffTicketQuery(int Number) : IQuery<StaffTicketResponse>;

internal sealed class GetStaffTicketHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetStaffTicketQuery, StaffTicketResponse>
{
    public async ValueTask<StaffTicketResponse> Handle(GetStaffTicketQuery query, CancellationToken cancellationToken)
    {
        var ticket = await TicketHeader.FindForStaffAsync(db, currentUser, query.Number, cancellationToken)
            ?? throw new NotFoundException(Resource.Ticket, query.Number);

        var customer = await db.Customers
            .AsNoTracking()
            .Where(c => c.Id == ticket.CustomerId)
            .Select(c => new QueueCustomerDto(c.Name, c.Email))
            .SingleAsync(cancellationToken);

        var comments = await db.Comments
            .AsNoTracking()
            .Where(c => c.TicketId == ticket.Id)
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Body, c.CreatedAt, Author = new CommentAuthorDto(c.AuthorName, c.AuthorKind), c.IsInternal })
            .ToListAsync(cancellationToken);

        var attachments = await ticket.AttachmentsAsync(db, includeInternal: true, cancellationToken);

        var history = await (
                from change in db.TicketStatusChanges
                join fromStatus in db.TicketStatuses on change.FromStatusId equals fromStatus.Id
                join toStatus in db.TicketStatuses on change.ToStatusId equals toStatus.Id
                where change.TicketId == ticket.Id
                orderby change.ChangedAt, change.Id
                select new StatusChangeDto(
                    new StatusDto(fromStatus.Id, fromStatus.Name, fromStatus.Category),
                    new StatusDto(toStatus.Id, toStatus.Name, toStatus.Category),
                    change.ChangedByName,
                    change.ChangedAt))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        return new StaffTicketResponse(
            ticket.Number,
            ticket.ServiceType.For(Audience.Staff),
            ticket.Subject.For(Audience.Staff),
            ticket.Department,
            ticket.Status.For(Audience.Staff),
            customer,
            ticket.Description,
            ticket.CreatedAt,
            ticket.LastActivityAt,
            [.. attachments[null]],
            [.. comments.Select(c => new StaffCommentDto(c.Id, c.Body, c.CreatedAt, c.Author, c.IsInternal, [.. attachments[c.Id]]))],
            history)
        {
            ETag = ticket.ETag,
        };
    }
}
