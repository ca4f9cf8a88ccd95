using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Responses;

namespace PosVendas.Application.Tickets.GetTicket;

/// <summary>One of the caller's tickets with its conversation, oldest comment first.</summary>
public sealed record GetTicketQuery(int Number) : IQuery<TicketDetailResponse>;

internal sealed class GetTicketHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetTicketQuery, TicketDetailResponse>
{
    // Three statements whatever the number of comments: the ticket with its names, its comments, its attachments.
    public async ValueTask<TicketDetailResponse> Handle(GetTicketQuery query, CancellationToken cancellationToken)
    {
        var customerId = currentUser.CustomerId ?? throw new ForbiddenAccessException();

        var ticket = await (
                from t in db.Tickets
                join serviceType in db.ServiceTypes on t.ServiceTypeId equals serviceType.Id
                join subject in db.Subjects on t.SubjectId equals subject.Id
                join department in db.Departments on t.DepartmentId equals department.Id
                join status in db.TicketStatuses on t.StatusId equals status.Id
                where t.Number == query.Number && t.CustomerId == customerId
                select new
                {
                    t.Id,
                    t.Number,
                    ServiceType = new NamedReference(serviceType.Id, serviceType.Name),
                    Subject = new NamedReference(subject.Id, subject.Name),
                    Department = new NamedReference(department.Id, department.Name),
                    Status = new StatusDto(status.Id, status.Name, status.Category),
                    t.Description,
                    t.CreatedAt,
                    t.LastActivityAt,
                })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Ticket", query.Number);

        var comments = await db.Comments
            .AsNoTracking()
            .Where(c => c.TicketId == ticket.Id)
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Body, c.CreatedAt, Author = new CommentAuthorDto(c.AuthorName, c.AuthorKind) })
            .ToListAsync(cancellationToken);

        var attachments = await db.Attachments
            .AsNoTracking()
            .Where(a => a.TicketId == ticket.Id)
            .OrderBy(a => a.ClaimedAt)
            .ThenBy(a => a.Id)
            .Select(a => new { a.CommentId, File = new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size) })
            .ToListAsync(cancellationToken);
        var attachmentsByComment = attachments.ToLookup(a => a.CommentId, a => a.File);

        return new TicketDetailResponse(
            ticket.Number,
            ticket.ServiceType,
            ticket.Subject,
            ticket.Department,
            ticket.Status,
            ticket.Description,
            ticket.CreatedAt,
            ticket.LastActivityAt,
            [.. attachmentsByComment[null]],
            [.. comments.Select(c => new CommentDto(c.Id, c.Body, c.CreatedAt, c.Author, [.. attachmentsByComment[c.Id]]))]);
    }
}
