using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Responses;
using PosVendas.Domain.Attachments;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Common;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;

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

    /// <summary>The customer's ticket numbered <paramref name="number"/>, or null when they have none by that number.</summary>
    public static Task<TicketHeader?> FindForCustomerAsync(IApplicationDbContext db, Guid customerId, int number, CancellationToken cancellationToken) =>
        Find(db.AsDbContext(), number, customerId, null, cancellationToken);

    /// <summary>
    /// The ticket numbered <paramref name="number"/> if it is in the staff member's scope (<see cref="StaffScope"/>),
    /// or null.
    /// </summary>
    public static Task<TicketHeader?> FindForStaffAsync(IApplicationDbContext db, ICurrentUser staff, int number, CancellationToken cancellationToken) =>
        Find(db.AsDbContext(), number, null, StaffScope.DepartmentsOf(staff)?.ToArray(), cancellationToken);

    /// <summary>
    /// Compiled once for both readers: the detail is read on every ticket view, and translating a LINQ query this
    /// size on each request cost more CPU than running it (docs/benchmarks.md). A null scope value means "any":
    /// EF Core plans one statement for each combination of null and non-null values, so the customer's statement
    /// filters by customer only and an admin's by tenant only. Labels are read as their columns, not as whole catalog
    /// rows, so only what is shown travels.
    /// </summary>
    private static readonly Func<DbContext, int, Guid?, Guid[]?, CancellationToken, Task<TicketHeader?>> Find =
        EF.CompileAsyncQuery((DbContext db, int number, Guid? customerId, Guid[]? departmentIds, CancellationToken _) =>
            (from t in db.Set<Ticket>()
             join serviceType in db.Set<ServiceType>() on t.ServiceTypeId equals serviceType.Id
             join subject in db.Set<Subject>() on t.SubjectId equals subject.Id
             join department in db.Set<Department>() on t.DepartmentId equals department.Id
             join status in db.Set<TicketStatus>() on t.StatusId equals status.Id
             where t.Number == number
                   && (customerId == null || t.CustomerId == customerId)
                   && (departmentIds == null || departmentIds.Contains(t.DepartmentId))
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
                 EF.Property<uint>(t, RowVersion.PropertyName)))
            .SingleOrDefault());

    /// <summary>
    /// The ticket's files in one statement, keyed by comment id (null: attached to the ticket itself). For the
    /// customer's view, files of internal notes are left out.
    /// </summary>
    public async Task<ILookup<Guid?, AttachmentDto>> AttachmentsAsync(IApplicationDbContext db, bool includeInternal, CancellationToken cancellationToken)
    {
        var rows = await Attachments(db.AsDbContext(), Id, includeInternal).ToListAsync(cancellationToken);
        return rows.ToLookup(a => a.CommentId, a => a.File);
    }

    private static readonly Func<DbContext, Guid, bool, IAsyncEnumerable<AttachmentRow>> Attachments =
        EF.CompileAsyncQuery((DbContext db, Guid ticketId, bool includeInternal) =>
            db.Set<Attachment>()
                .AsNoTracking()
                .Where(a => a.TicketId == ticketId)
                .Where(a => includeInternal || a.CommentId == null || db.Set<Comment>().Any(c => c.Id == a.CommentId && !c.IsInternal))
                .OrderBy(a => a.ClaimedAt)
                .ThenBy(a => a.Id)
                .Select(a => new AttachmentRow(a.CommentId, new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size))));

    private sealed record AttachmentRow(Guid? CommentId, AttachmentDto File);
}
