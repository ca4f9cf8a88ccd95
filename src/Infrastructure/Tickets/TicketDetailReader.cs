using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Tickets;
using PosVendas.Domain.Attachments;
using PosVendas.Domain.Common;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Tickets;

/// <summary>
/// The ticket detail for customers and staff, each statement compiled once (ADR 0006): translating LINQ queries this
/// size on every ticket view cost more CPU than running them. Every statement keeps the context's tenant filter.
/// A customer's detail is three statements (the ticket with its names, its history, its files), a staff member's
/// six (the same, with internal notes, plus the customer, the status history and the statuses it can move to).
/// </summary>
internal sealed class TicketDetailReader(AppDbContext db) : ITicketDetailReader
{
    public async Task<TicketDetailResponse?> ReadForCustomerAsync(Guid customerId, int number, string locale, CancellationToken cancellationToken)
    {
        if (await Header(db, number, customerId, null, cancellationToken) is not { } ticket)
        {
            return null;
        }

        var audience = Audience.Customer(locale);
        var history = await CustomerHistory(db, ticket.Id).ToListAsync(cancellationToken);
        var attachments = await AttachmentsAsync(ticket.Id, includeInternal: false, cancellationToken);
        return new TicketDetailResponse(
            ticket.Number,
            ticket.ServiceType.For(audience),
            ticket.Subject.For(audience),
            ticket.Department,
            ticket.Status.For(audience),
            ticket.Description,
            ticket.CreatedAt,
            ticket.LastActivityAt,
            [.. attachments[null]],
            [.. history.Where(row => row.IsComment).Select(row => row.ToComment(attachments))],
            [.. history.Select(row => row.ToTimelineEntry(audience))])
        {
            ETag = ticket.ETag,
        };
    }

    public async Task<StaffTicketResponse?> ReadForStaffAsync(IReadOnlyList<Guid>? departmentIds, int number, CancellationToken cancellationToken)
    {
        if (await Header(db, number, null, departmentIds?.ToArray(), cancellationToken) is not { } ticket)
        {
            return null;
        }

        var customer = await Customer(db, ticket.CustomerId, cancellationToken);
        var comments = await StaffComments(db, ticket.Id).ToListAsync(cancellationToken);
        var attachments = await AttachmentsAsync(ticket.Id, includeInternal: true, cancellationToken);
        var statusHistory = await StatusHistory(db, ticket.Id).ToListAsync(cancellationToken);
        var candidates = await FlowCandidates(db, ticket.ServiceType.Id).ToListAsync(cancellationToken);
        var flow = candidates.Any(s => s.ServiceTypeId is not null) ? candidates.Where(s => s.ServiceTypeId is not null) : candidates;
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
            statusHistory,
            [.. flow.Where(s => s.IsActive).Select(s => new StatusDto(s.Id, s.Name, s.Category))])
        {
            ETag = ticket.ETag,
        };
    }

    /// <summary>The ticket's files keyed by comment id (null: attached to the ticket itself).</summary>
    private async Task<ILookup<Guid?, AttachmentDto>> AttachmentsAsync(Guid ticketId, bool includeInternal, CancellationToken cancellationToken)
    {
        var rows = await Attachments(db, ticketId, includeInternal).ToListAsync(cancellationToken);
        return rows.ToLookup(a => a.CommentId, a => a.File);
    }

    /// <summary>
    /// The ticket with the names of what it refers to. A null scope value means "any": EF Core plans one statement for
    /// each combination of null and non-null values, so the customer's statement filters by customer only and an
    /// admin's by tenant only. Labels are read as their columns, not as whole catalog rows, so only what is shown
    /// travels.
    /// </summary>
    private static readonly Func<AppDbContext, int, Guid?, Guid[]?, CancellationToken, Task<TicketHeader?>> Header =
        EF.CompileAsyncQuery((AppDbContext db, int number, Guid? customerId, Guid[]? departmentIds, CancellationToken _) =>
            (from t in db.Tickets
             join serviceType in db.ServiceTypes on t.ServiceTypeId equals serviceType.Id
             join subject in db.Subjects on t.SubjectId equals subject.Id
             join department in db.Departments on t.DepartmentId equals department.Id
             join status in db.TicketStatuses on t.StatusId equals status.Id
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

    /// <summary>For the customer's view, files of internal notes are left out.</summary>
    private static readonly Func<AppDbContext, Guid, bool, IAsyncEnumerable<AttachmentRow>> Attachments =
        EF.CompileAsyncQuery((AppDbContext db, Guid ticketId, bool includeInternal) =>
            db.Set<Attachment>()
                .AsNoTracking()
                .Where(a => a.TicketId == ticketId)
                .Where(a => includeInternal || a.CommentId == null || db.Comments.Any(c => c.Id == a.CommentId && !c.IsInternal))
                .OrderBy(a => a.ClaimedAt)
                .ThenBy(a => a.Id)
                .Select(a => new AttachmentRow(a.CommentId, new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256))));

    /// <summary>
    /// The ticket's public comments and its status changes in one UNION ALL, oldest first. Both sides fill the same
    /// <see cref="HistoryColumns"/> (EF Core matches set operations by member, which constructor calls lack); enums
    /// travel as their stored strings, since a NULL on one side gives EF no converter for the column.
    /// </summary>
    private static readonly Func<AppDbContext, Guid, IAsyncEnumerable<HistoryColumns>> CustomerHistory =
        EF.CompileAsyncQuery<AppDbContext, Guid, HistoryColumns>((db, ticketId) =>
            db.Comments
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
                    Automatic = null,
                })
                .Concat(
                    from change in db.TicketStatusChanges
                    join status in db.TicketStatuses on change.ToStatusId equals status.Id
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
                        Automatic = change.IsAutomatic,
                    })
                .AsNoTracking()
                .OrderBy(row => row.At)
                .ThenBy(row => row.StatusId != null) // a reply that moves the ticket comes before the move
                .ThenBy(row => row.Id));

    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<QueueCustomerDto>> Customer =
        EF.CompileAsyncQuery((AppDbContext db, Guid customerId, CancellationToken _) =>
            db.Set<Customer>().AsNoTracking().Where(c => c.Id == customerId).Select(c => new QueueCustomerDto(c.Name, c.Email)).Single());

    private static readonly Func<AppDbContext, Guid, IAsyncEnumerable<StaffCommentRow>> StaffComments =
        EF.CompileAsyncQuery((AppDbContext db, Guid ticketId) =>
            db.Comments
                .AsNoTracking()
                .Where(c => c.TicketId == ticketId)
                .OrderBy(c => c.CreatedAt)
                .ThenBy(c => c.Id)
                .Select(c => new StaffCommentRow(c.Id, c.Body, c.CreatedAt, new CommentAuthorDto(c.AuthorName, c.AuthorKind), c.IsInternal)));

    private static readonly Func<AppDbContext, Guid, IAsyncEnumerable<StatusChangeDto>> StatusHistory =
        EF.CompileAsyncQuery((AppDbContext db, Guid ticketId) =>
            (from change in db.TicketStatusChanges
             join fromStatus in db.TicketStatuses on change.FromStatusId equals fromStatus.Id
             join toStatus in db.TicketStatuses on change.ToStatusId equals toStatus.Id
             where change.TicketId == ticketId
             orderby change.ChangedAt, change.Id
             select new StatusChangeDto(
                 new StatusDto(fromStatus.Id, fromStatus.Name, fromStatus.Category),
                 new StatusDto(toStatus.Id, toStatus.Name, toStatus.Category),
                 change.ChangedByName,
                 change.ChangedAt,
                 change.IsAutomatic))
            .AsNoTracking());

    /// <summary>The active statuses of the tenant's flow and of the service type's own, in order.</summary>
    private static readonly Func<AppDbContext, Guid, IAsyncEnumerable<FlowStatusRow>> FlowCandidates =
        EF.CompileAsyncQuery((AppDbContext db, Guid serviceTypeId) =>
            db.TicketStatuses
                .AsNoTracking()
                .Where(s => s.ServiceTypeId == null || s.ServiceTypeId == serviceTypeId)
                .OrderBy(s => s.SortOrder)
                .ThenBy(s => s.Name)
                .Select(s => new FlowStatusRow(s.Id, s.Name, s.Category, s.ServiceTypeId, s.IsActive)));

    private sealed record FlowStatusRow(Guid Id, string Name, StatusCategory Category, Guid? ServiceTypeId, bool IsActive);

    /// <summary>A ticket with the names of what it refers to.</summary>
    private sealed record TicketHeader(
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
    }

    /// <summary>A catalog item as read: staff see its name, customers its label in their language.</summary>
    private sealed record CatalogRow(Guid Id, string Name, LocalizedText Label)
    {
        public NamedReference For(Audience audience) => new(Id, audience.IsStaff ? Name : Label.For(audience.Locale));
    }

    /// <summary>A status as read: staff see its name, customers its label in their language.</summary>
    private sealed record StatusRow(Guid Id, string Name, LocalizedText Label, StatusCategory Category)
    {
        public StatusDto For(Audience audience) => new(Id, audience.IsStaff ? Name : Label.For(audience.Locale), Category);
    }

    /// <summary>Who a response is for: staff read internal names, customers labels in their language.</summary>
    private sealed record Audience(bool IsStaff, string Locale)
    {
        public static Audience Staff { get; } = new(IsStaff: true, Locales.PortugueseBrazil);

        public static Audience Customer(string locale) => new(IsStaff: false, locale);
    }

    private sealed record AttachmentRow(Guid? CommentId, AttachmentDto File);

    private sealed record StaffCommentRow(Guid Id, string Body, DateTimeOffset CreatedAt, CommentAuthorDto Author, bool IsInternal);

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

        public bool? Automatic { get; init; }

        public bool IsComment => StatusId is null;

        public CommentDto ToComment(ILookup<Guid?, AttachmentDto> attachments) =>
            new(Id, Body!, At, new CommentAuthorDto(AuthorName!, Enum.Parse<AuthorKind>(AuthorKind!)), [.. attachments[Id]]);

        public TimelineEntryDto ToTimelineEntry(Audience audience) => IsComment
            ? new TimelineEntryDto(TimelineEntryKind.Comment, At, Id, null, Automatic: false)
            : new TimelineEntryDto(
                TimelineEntryKind.StatusChange,
                At,
                null,
                new StatusRow(StatusId!.Value, StatusName!, new LocalizedText(LabelPtBr, LabelEn, LabelEs), Enum.Parse<StatusCategory>(Category!)).For(audience),
                Automatic == true);
    }
}
