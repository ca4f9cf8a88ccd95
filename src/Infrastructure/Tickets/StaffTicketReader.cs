using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Tickets;
using PosVendas.Application.Warranty;
using PosVendas.Domain.Attachments;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Tickets;

/// <summary>
/// The ticket detail for staff, each statement compiled once (ADR 0006): translating LINQ queries this size on every
/// ticket view cost more CPU than running them. Every statement keeps the context's tenant filter. Seven statements
/// (eight for an assessed ticket): the ticket with its names, the customer, the comments with internal notes, the
/// files, the status history, the statuses it can move to, its assessments and their contest. The customer's detail is read through Npgsql (PostgresTicketDetailReader, ADR 0021).
/// </summary>
internal sealed class StaffTicketReader(AppDbContext db) : IStaffTicketReader
{
    public async Task<StaffTicketResponse?> ReadAsync(IReadOnlyList<Guid>? departmentIds, int number, CancellationToken cancellationToken)
    {
        if (await Header(db, number, departmentIds?.ToArray(), cancellationToken) is not { } ticket)
        {
            return null;
        }

        var customer = await Customer(db, ticket.CustomerId, cancellationToken);
        var comments = await StaffComments(db, ticket.Id).ToListAsync(cancellationToken);
        var attachments = (await Attachments(db, ticket.Id).ToListAsync(cancellationToken)).ToLookup(a => a.CommentId, a => a.File);
        var statusHistory = await StatusHistory(db, ticket.Id).ToListAsync(cancellationToken);
        var candidates = await FlowCandidates(db, ticket.ServiceType.Id).ToListAsync(cancellationToken);
        var flow = candidates.Any(s => s.ServiceTypeId is not null) ? candidates.Where(s => s.ServiceTypeId is not null) : candidates;
        var assessments = await Assessments(db, ticket.Id).ToListAsync(cancellationToken);
        var contest = assessments.Count == 0 ? null : await Contest(db, ticket.Id, cancellationToken);
        return new StaffTicketResponse(
            ticket.Number,
            ticket.ServiceType,
            ticket.Subject,
            ticket.Department,
            TicketLocationDto.From(ticket.Location),
            ticket.Status,
            customer,
            ticket.Description,
            ticket.CreatedAt,
            ticket.LastActivityAt,
            [.. attachments[null]],
            [.. comments.Select(c => new StaffCommentDto(c.Id, c.Body, c.CreatedAt, c.Author, c.IsInternal, [.. attachments[c.Id]]))],
            statusHistory,
            [.. flow.Where(s => s.IsActive).Select(s => new StatusDto(s.Id, s.Name, s.Category))],
            ticket.SharedWithUnit,
            [.. assessments.Select((assessment, i) => AssessmentDto.From(assessment, current: i == 0))],
            contest is null ? null : AssessmentContestDto.From(contest),
            TicketWarrantyDto.From(ticket.Warranty))
        {
            ETag = ticket.ETag,
        };
    }

    /// <summary>
    /// The ticket with the names of what it refers to. A null scope means "any": EF Core plans one statement for a null
    /// and one for a non-null value, so an admin's filters by tenant only. Names are read as their columns, not as
    /// whole catalog rows, so only what is shown travels.
    /// </summary>
    private static readonly Func<AppDbContext, int, Guid[]?, CancellationToken, Task<TicketHeader?>> Header =
        EF.CompileAsyncQuery((AppDbContext db, int number, Guid[]? departmentIds, CancellationToken _) =>
            (from t in db.Tickets
             join serviceType in db.ServiceTypes on t.ServiceTypeId equals serviceType.Id
             join subject in db.Subjects on t.SubjectId equals subject.Id
             join department in db.Departments on t.DepartmentId equals department.Id
             join status in db.TicketStatuses on t.StatusId equals status.Id
             where t.Number == number && (departmentIds == null || departmentIds.Contains(t.DepartmentId))
             select new TicketHeader(
                 t.Id,
                 t.Number,
                 new NamedReference(serviceType.Id, serviceType.Name),
                 new NamedReference(subject.Id, subject.Name),
                 new NamedReference(department.Id, department.Name),
                 new StatusDto(status.Id, status.Name, status.Category),
                 t.Description,
                 t.CreatedAt,
                 t.LastActivityAt,
                 t.CustomerId,
                 t.Location,
                 t.SharedWithUnit,
                 t.Warranty,
                 EF.Property<uint>(t, RowVersion.PropertyName)))
            .SingleOrDefault());

    /// <summary>Every file of the ticket, internal notes' included, oldest first.</summary>
    private static readonly Func<AppDbContext, Guid, IAsyncEnumerable<AttachmentRow>> Attachments =
        EF.CompileAsyncQuery((AppDbContext db, Guid ticketId) =>
            db.Set<Attachment>()
                .AsNoTracking()
                .Where(a => a.TicketId == ticketId)
                .OrderBy(a => a.ClaimedAt)
                .ThenBy(a => a.Id)
                .Select(a => new AttachmentRow(a.CommentId, new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256))));

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

    /// <summary>The ticket's assessments, newest (the one in force) first.</summary>
    private static readonly Func<AppDbContext, Guid, IAsyncEnumerable<TicketAssessment>> Assessments =
        EF.CompileAsyncQuery((AppDbContext db, Guid ticketId) =>
            db.TicketAssessments.Where(a => a.TicketId == ticketId).OrderByDescending(a => a.AssessedAt).AsNoTracking());

    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<AssessmentContest?>> Contest =
        EF.CompileAsyncQuery((AppDbContext db, Guid ticketId, CancellationToken _) =>
            db.AssessmentContests.AsNoTracking().SingleOrDefault(c => c.TicketId == ticketId));

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
        NamedReference ServiceType,
        NamedReference Subject,
        NamedReference Department,
        StatusDto Status,
        string Description,
        DateTimeOffset CreatedAt,
        DateTimeOffset LastActivityAt,
        Guid CustomerId,
        LocationSnapshot? Location,
        bool SharedWithUnit,
        TicketWarranty? Warranty,
        uint Version)
    {
        /// <summary>The ticket's version as an HTTP entity tag.</summary>
        public string ETag => $"\"{Version}\"";
    }

    private sealed record AttachmentRow(Guid? CommentId, AttachmentDto File);

    private sealed record StaffCommentRow(Guid Id, string Body, DateTimeOffset CreatedAt, CommentAuthorDto Author, bool IsInternal);
}
