using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Responses;
using PosVendas.Domain.Common;
using PosVendas.Domain.Tickets;

namespace PosVendas.Application.Tickets;

/// <summary>A ticket with the names of what it refers to, read in one statement.</summary>
internal sealed record TicketHeader(
    Guid Id,
    int Number,
    CatalogRow ServiceType,
    CatalogRow Subject,
    NamedReference Department,
    StatusRow Status,
    string Description,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    Guid CustomerId,
    uint Version)
{
    /// <summary>The ticket's version as an HTTP entity tag.</summary>
    public string ETag => $"\"{Version}\"";

    /// <summary>
    /// The ticket numbered <paramref name="number"/> among <paramref name="tickets"/>. Labels are read as their columns,
    /// not as whole catalog rows, so only what is shown travels.
    /// </summary>
    public static Task<TicketHeader?> FindAsync(IApplicationDbContext db, IQueryable<Ticket> tickets, int number, CancellationToken cancellationToken) =>
        (from t in tickets
         join serviceType in db.ServiceTypes on t.ServiceTypeId equals serviceType.Id
         join subject in db.Subjects on t.SubjectId equals subject.Id
         join department in db.Departments on t.DepartmentId equals department.Id
         join status in db.TicketStatuses on t.StatusId equals status.Id
         where t.Number == number
         select new TicketHeader(
             t.Id,
             t.Number,
             new CatalogRow(serviceType.Id, serviceType.Name, new LocalizedText(serviceType.Label.PtBr, serviceType.Label.En, serviceType.Label.Es)),
             new CatalogRow(subject.Id, subject.Name, new LocalizedText(subject.Label.PtBr, subject.Label.En, subject.Label.Es)),
             new NamedReference(department.Id, department.Name),
             new StatusRow(status.Id, status.Name, new LocalizedText(status.Label.PtBr, status.Label.En, status.Label.Es), status.Category),
             t.Description,
             t.CreatedAt,
             t.LastActivityAt,
             t.CustomerId,
             EF.Property<uint>(t, "Version")))
        .AsNoTracking()
        .SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The ticket's files in one statement, keyed by comment id (null: attached to the ticket itself). For the
    /// customer's view, files of internal notes are left out.
    /// </summary>
    public async Task<ILookup<Guid?, AttachmentDto>> AttachmentsAsync(IApplicationDbContext db, bool includeInternal, CancellationToken cancellationToken)
    {
        var rows = await db.Attachments
            .AsNoTracking()
            .Where(a => a.TicketId == Id)
            .Where(a => includeInternal || a.CommentId == null || db.Comments.Any(c => c.Id == a.CommentId && !c.IsInternal))
            .OrderBy(a => a.ClaimedAt)
            .ThenBy(a => a.Id)
            .Select(a => new { a.CommentId, File = new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size) })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(a => a.CommentId, a => a.File);
    }
}
