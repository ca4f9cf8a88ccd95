using PosVendas.Domain.Catalog;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Tickets.Events;
using PosVendas.Domain.Tickets.Rules;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Workflow;
using PosVendas.Domain.Workflow.Rules;

namespace PosVendas.Domain.Tickets;

/// <summary>
/// A chamado. Once submitted it is never edited: its description has no setter and no method changes it; the
/// conversation goes on through replies.
/// </summary>
public sealed class Ticket : ITenantOwned, IHasDomainEvents
{
    private readonly List<Comment> _comments = [];
    private readonly List<TicketStatusChange> _statusChanges = [];
    private readonly List<TicketAssessment> _assessments = [];
    private readonly List<IDomainEvent> _domainEvents = [];

    private Ticket()
    {
        Description = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>Sequential per tenant (1, 2, 3…): the number customers and staff quote.</summary>
    public int Number { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid ServiceTypeId { get; private set; }

    public Guid SubjectId { get; private set; }

    /// <summary>The department the subject routed the ticket to when it was opened.</summary>
    public Guid DepartmentId { get; private set; }

    public string Description { get; private set; }

    public Guid StatusId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastActivityAt { get; private set; }

    /// <summary>Where the problem is, as the registry named it at opening; null when the subject asks for no place.</summary>
    public LocationSnapshot? Location { get; private set; }

    /// <summary>
    /// Whether the unit's other current occupants (co-owners, residents) see the ticket too. The opener always does.
    /// </summary>
    public bool SharedWithUnit { get; private set; }

    /// <summary>The warranty coverage computed at opening; null for a subject not mapped to a warranty item.</summary>
    public TicketWarranty? Warranty { get; private set; }

    public IReadOnlyList<Comment> Comments => _comments;

    /// <summary>The status changes made through this instance (the history is read from the database).</summary>
    public IReadOnlyList<TicketStatusChange> StatusChanges => _statusChanges;

    /// <summary>
    /// Every assessment recorded, superseded ones included; loaded only by the commands that assess or contest.
    /// </summary>
    public IReadOnlyList<TicketAssessment> Assessments => _assessments;

    /// <summary>The assessment in force: the latest, which supersedes the others; null before any.</summary>
    public TicketAssessment? CurrentAssessment => _assessments.MaxBy(a => a.AssessedAt);

    /// <summary>The customer's contest of an assessment, once per ticket; loaded with <see cref="Assessments"/>.</summary>
    public AssessmentContest? Contest { get; private set; }

    /// <summary>What happened through this instance, for the outbox; not persisted as such.</summary>
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    public void ClearDomainEvents() => _domainEvents.Clear();

    /// <param name="tenantId">The caller's tenant.</param>
    /// <param name="number">The next number of the tenant's sequence.</param>
    /// <param name="customerId">The customer opening the ticket.</param>
    /// <param name="subject">The subject the customer picked, or null when no such subject exists in the tenant.</param>
    /// <param name="initialStatus">The initial status of the ticket's flow.</param>
    /// <param name="description">What the customer needs.</param>
    /// <param name="now">The current time.</param>
    /// <param name="location">Where the problem is, when the customer said; the subject says whether it must.</param>
    /// <param name="shareWithUnit">Whether the unit's other occupants see the ticket (for a registered unit only).</param>
    /// <param name="warranty">The coverage the warranty terms give the request, for a subject mapped to a warranty item.</param>
    public static Ticket Open(
        Guid tenantId,
        int number,
        Guid customerId,
        Subject? subject,
        TicketStatus initialStatus,
        string description,
        DateTimeOffset now,
        LocationSnapshot? location = null,
        bool shareWithUnit = false,
        TicketWarranty? warranty = null)
    {
        BusinessRuleValidationException.ThrowIfBroken(new SubjectMustBeSelectableRule(subject, tenantId));
        BusinessRuleValidationException.ThrowIfBroken(new LocationMustSuitTheSubjectRule(subject!, location));
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (!initialStatus.IsInitial || initialStatus.TenantId != tenantId)
        {
            throw new ArgumentException("A ticket starts in its tenant's initial status.", nameof(initialStatus));
        }

        var ticket = new Ticket
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            Number = number,
            CustomerId = customerId,
            ServiceTypeId = subject!.ServiceTypeId,
            SubjectId = subject.Id,
            DepartmentId = subject.DepartmentId,
            Description = Text.Required(description, TicketLimits.DescriptionMaxLength, nameof(description)),
            StatusId = initialStatus.Id,
            CreatedAt = now,
            LastActivityAt = now,
            Location = location,
            SharedWithUnit = shareWithUnit && location?.UnitId is not null,
            Warranty = warranty,
        };
        ticket._domainEvents.Add(new TicketOpenedEvent(tenantId, ticket.Snapshot(), ticket.Description, now));
        return ticket;
    }

    /// <summary>
    /// Appends a reply to the conversation, visible to the customer, and moves the ticket as the conversation says
    /// (<see cref="StatusTransitions"/>): the first public staff answer opens a new ticket, and a customer who answers
    /// a ticket waiting on them or a solved one puts it back in staff's hands, each to its flow's default open status,
    /// recorded as an automatic change. A flow without one leaves the ticket where it is.
    /// </summary>
    /// <param name="author">Who writes.</param>
    /// <param name="body">The message.</param>
    /// <param name="currentStatus">The ticket's current status, which decides whether it still takes replies.</param>
    /// <param name="flow">The ticket's flow, whose default open status the conversation may move it to.</param>
    /// <param name="now">The current time.</param>
    public Comment AddReply(CommentAuthor author, string body, TicketStatus currentStatus, StatusFlow flow, DateTimeOffset now)
    {
        var comment = AppendReply(author, body, currentStatus, now);
        var moves = author.Kind == AuthorKind.Staff
            ? StatusTransitions.PublicStaffReplyOpens(currentStatus)
            : StatusTransitions.CustomerReplyOpens(currentStatus);
        if (moves && flow.DefaultOf(StatusCategory.Open) is { IsActive: true } open)
        {
            Move(open, flow, author, isAutomatic: true, now);
        }

        return comment;
    }

    /// <summary>
    /// Staff answer the customer or leave an internal note. With <paramref name="moveTo"/> the ticket moves there in
    /// the same step, instead of where an answer would move it (<see cref="AddReply"/>).
    /// </summary>
    /// <param name="staff">The staff member.</param>
    /// <param name="body">The answer or note.</param>
    /// <param name="isInternal">An internal note (<see cref="AddInternalNote"/>) rather than an answer.</param>
    /// <param name="currentStatus">The ticket's current status.</param>
    /// <param name="flow">The ticket's flow.</param>
    /// <param name="moveTo">The status staff chose, or null to let the answer decide.</param>
    /// <param name="now">The current time.</param>
    public Comment AddStaffComment(
        CommentAuthor staff,
        string body,
        bool isInternal,
        TicketStatus currentStatus,
        StatusFlow flow,
        TicketStatus? moveTo,
        DateTimeOffset now)
    {
        if (staff.Kind != AuthorKind.Staff)
        {
            throw new ArgumentException("Only staff choose a status while answering.", nameof(staff));
        }

        if (moveTo is null)
        {
            return isInternal ? AddInternalNote(staff, body, now) : AddReply(staff, body, currentStatus, flow, now);
        }

        var comment = isInternal ? AddInternalNote(staff, body, now) : AppendReply(staff, body, currentStatus, now);
        ChangeStatus(moveTo, flow, staff, now);
        return comment;
    }

    /// <summary>
    /// Appends a staff-only note. It is not a reply: the customer never sees it, it does not count as activity and
    /// it may be written on a closed ticket.
    /// </summary>
    public Comment AddInternalNote(CommentAuthor author, string body, DateTimeOffset now)
    {
        if (author.Kind != AuthorKind.Staff)
        {
            throw new ArgumentException("Only staff write internal notes.", nameof(author));
        }

        var comment = new Comment(this, author, body, isInternal: true, now);
        _comments.Add(comment);
        return comment;
    }

    /// <summary>Moves the ticket to another status of its flow, as someone's choice, and records who did it.</summary>
    /// <returns>The recorded change, or null when the ticket already is in that status.</returns>
    /// <param name="newStatus">The status to move to, or null when the requested one does not exist in the tenant.</param>
    /// <param name="flow">The ticket's flow: its service type's statuses, or the tenant's.</param>
    /// <param name="changedBy">Who moves the ticket.</param>
    /// <param name="now">The current time.</param>
    public TicketStatusChange? ChangeStatus(TicketStatus? newStatus, StatusFlow flow, CommentAuthor changedBy, DateTimeOffset now) =>
        Move(newStatus, flow, changedBy, isAutomatic: false, now);

    /// <summary>
    /// The customer confirms that a solved ticket is done: it moves to its flow's default closed status, as the
    /// customer's change. Only a solved ticket can be confirmed; replying instead reopens it.
    /// </summary>
    /// <param name="customer">The ticket's customer.</param>
    /// <param name="currentStatus">The ticket's current status.</param>
    /// <param name="flow">The ticket's flow, whose default closed status the ticket moves to.</param>
    /// <param name="now">The current time.</param>
    public TicketStatusChange Confirm(CommentAuthor customer, TicketStatus currentStatus, StatusFlow flow, DateTimeOffset now)
    {
        if (customer.Kind != AuthorKind.Customer)
        {
            throw new ArgumentException("Only the customer confirms their ticket.", nameof(customer));
        }

        EnsureCurrent(currentStatus);
        BusinessRuleValidationException.ThrowIfBroken(new OnlySolvedTicketsAreConfirmedRule(currentStatus));
        return Move(flow.DefaultOf(StatusCategory.Closed), flow, customer, isAutomatic: false, now)!;
    }

    /// <summary>
    /// Closes a solved ticket the customer neither confirmed nor answered in time: it moves to its flow's default closed
    /// status, as an automatic change of PosVendas itself.
    /// </summary>
    /// <param name="currentStatus">The ticket's current status, which must be solved.</param>
    /// <param name="flow">The ticket's flow, whose default closed status the ticket moves to.</param>
    /// <param name="now">The current time.</param>
    public TicketStatusChange CloseUnconfirmed(TicketStatus currentStatus, StatusFlow flow, DateTimeOffset now)
    {
        EnsureCurrent(currentStatus);
        if (!StatusTransitions.CustomerMayConfirm(currentStatus))
        {
            throw new InvalidOperationException("Only a solved ticket closes unconfirmed.");
        }

        return Move(flow.DefaultOf(StatusCategory.Closed), flow, CommentAuthor.System, isAutomatic: true, now)!;
    }

    /// <summary>
    /// Moves a ticket its flow left behind into it: when its service type got a flow of its own, a ticket holding a
    /// status of the tenant's flow takes the new flow's default status of the same category, as an automatic change
    /// of PosVendas. A flow without that category's default leaves the ticket where it is, for now.
    /// </summary>
    /// <returns>The recorded change, or null when the ticket stays.</returns>
    /// <param name="currentStatus">The ticket's current status, of another flow than <paramref name="flow"/>.</param>
    /// <param name="flow">The ticket's flow now.</param>
    /// <param name="now">The current time.</param>
    public TicketStatusChange? MoveIntoFlow(TicketStatus currentStatus, StatusFlow flow, DateTimeOffset now)
    {
        EnsureCurrent(currentStatus);
        if (flow.Includes(currentStatus) || flow.DefaultOf(currentStatus.Category) is not { IsActive: true } target)
        {
            return null;
        }

        return Move(target, flow, CommentAuthor.System, isAutomatic: true, now);
    }

    /// <summary>
    /// Staff record the procedência decision. The explanation is a public answer (the customer reads it, with the
    /// evidence files claimed by its comment); a ticket already assessed gets a correction that supersedes the
    /// assessment in force, which stays recorded. The ticket moves to the status its flow maps to the outcome, or, with
    /// none mapped, where any public answer moves it.
    /// </summary>
    /// <param name="staff">The staff member deciding.</param>
    /// <param name="outcome">Covered, not covered, or covered in part.</param>
    /// <param name="reason">Why not (wholly) covered; null for <see cref="AssessmentOutcome.Procedente"/>.</param>
    /// <param name="explanation">What the customer is told.</param>
    /// <param name="fee">What the customer is charged, in reais; only when not wholly covered.</param>
    /// <param name="currentStatus">The ticket's current status; a closed ticket is not assessed.</param>
    /// <param name="flow">The ticket's flow, which maps outcomes to statuses.</param>
    /// <param name="now">The current time.</param>
    public TicketAssessment Assess(
        CommentAuthor staff,
        AssessmentOutcome outcome,
        AssessmentReason? reason,
        string explanation,
        decimal? fee,
        TicketStatus currentStatus,
        StatusFlow flow,
        DateTimeOffset now)
    {
        if (staff.Kind != AuthorKind.Staff)
        {
            throw new ArgumentException("Only staff assess a ticket.", nameof(staff));
        }

        var refuses = outcome != AssessmentOutcome.Procedente;
        if (!Enum.IsDefined(outcome) || refuses != (reason is not null) || (reason is { } given && !Enum.IsDefined(given)))
        {
            throw new ArgumentException("A refusal (improcedente, parcial) takes a reason; a procedente assessment none.", nameof(reason));
        }

        if (fee is { } amount && (!refuses || amount <= 0 || amount > TicketAssessment.FeeMax || decimal.Round(amount, 2) != amount))
        {
            throw new ArgumentOutOfRangeException(nameof(fee), "A fee is charged only on a refusal, in reais with at most two decimals.");
        }

        var comment = AppendReply(staff, explanation, currentStatus, now);
        var assessment = new TicketAssessment(this, outcome, reason, fee, comment, CurrentAssessment, staff, now);
        _assessments.Add(assessment);
        _domainEvents.Add(new TicketAssessedEvent(TenantId, Snapshot(), assessment.Id, outcome, reason, comment.Body, fee, assessment.SupersedesId, now));
        if (flow.StatusFor(outcome) is { IsActive: true } mapped)
        {
            Move(mapped, flow, staff, isAutomatic: true, now);
        }
        else if (StatusTransitions.PublicStaffReplyOpens(currentStatus) && flow.DefaultOf(StatusCategory.Open) is { IsActive: true } open)
        {
            Move(open, flow, staff, isAutomatic: true, now);
        }

        return assessment;
    }

    /// <summary>
    /// The customer contests the assessment in force, which refused (part of) their request, within
    /// <paramref name="contestDays"/> of the day it was recorded: their reasons become a reply (a closed ticket takes
    /// it too) and the ticket returns to its flow's default open status, back in staff's hands. Once per ticket.
    /// </summary>
    /// <param name="customer">The ticket's customer.</param>
    /// <param name="reasons">Why they disagree.</param>
    /// <param name="currentStatus">The ticket's current status.</param>
    /// <param name="flow">The ticket's flow.</param>
    /// <param name="timeZone">The tenant's time zone, which dates the window.</param>
    /// <param name="contestDays">The tenant's window, in days after the assessment's day.</param>
    /// <param name="now">The current time.</param>
    public AssessmentContest ContestAssessment(
        CommentAuthor customer,
        string reasons,
        TicketStatus currentStatus,
        StatusFlow flow,
        TimeZoneInfo timeZone,
        int contestDays,
        DateTimeOffset now)
    {
        if (customer.Kind != AuthorKind.Customer || customer.Id != CustomerId.ToString())
        {
            throw new ArgumentException("Only the ticket's customer contests its assessment.", nameof(customer));
        }

        EnsureCurrent(currentStatus);
        var assessment = CurrentAssessment;
        BusinessRuleValidationException.ThrowIfBroken(new OnlyRefusalsAreContestedRule(assessment));
        BusinessRuleValidationException.ThrowIfBroken(new TicketIsContestedOnceRule(Contest));
        BusinessRuleValidationException.ThrowIfBroken(new ContestsMustBeTakenRule(contestDays));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, timeZone).DateTime);
        BusinessRuleValidationException.ThrowIfBroken(new ContestWindowMustBeOpenRule(assessment!.ContestableUntil(timeZone, contestDays), today));

        var comment = new Comment(this, customer, reasons, isInternal: false, now);
        _comments.Add(comment);
        LastActivityAt = now;
        _domainEvents.Add(new PublicReplyAddedEvent(TenantId, Snapshot(), comment.Id, customer.Kind, comment.Body, now));
        Contest = new AssessmentContest(this, assessment, comment, now);
        _domainEvents.Add(new AssessmentContestedEvent(TenantId, Snapshot(), assessment.Id, comment.Id, now));
        if (flow.DefaultOf(StatusCategory.Open) is { IsActive: true } open)
        {
            Move(open, flow, customer, isAutomatic: true, now);
        }

        return Contest;
    }

    private TicketStatusChange? Move(TicketStatus? newStatus, StatusFlow flow, CommentAuthor changedBy, bool isAutomatic, DateTimeOffset now)
    {
        if (flow.TenantId != TenantId || (flow.ServiceTypeId is { } flowServiceType && flowServiceType != ServiceTypeId))
        {
            throw new ArgumentException("Pass the ticket's own flow.", nameof(flow));
        }

        BusinessRuleValidationException.ThrowIfBroken(new StatusMustBeAssignableRule(newStatus, flow));
        if (newStatus!.Id == StatusId)
        {
            return null;
        }

        var change = new TicketStatusChange(this, StatusId, newStatus.Id, changedBy, isAutomatic, now);
        _statusChanges.Add(change);
        _domainEvents.Add(new TicketStatusChangedEvent(TenantId, Snapshot(), StatusId, newStatus.Id, changedBy.Kind, isAutomatic, now));
        StatusId = newStatus.Id;

        // The customer sees the move in their ticket's timeline: it is activity, as replies are.
        LastActivityAt = now;
        return change;
    }

    private Comment AppendReply(CommentAuthor author, string body, TicketStatus currentStatus, DateTimeOffset now)
    {
        EnsureCurrent(currentStatus);
        BusinessRuleValidationException.ThrowIfBroken(new ClosedTicketTakesNoRepliesRule(currentStatus));

        var comment = new Comment(this, author, body, isInternal: false, now);
        _comments.Add(comment);
        LastActivityAt = now;
        _domainEvents.Add(new PublicReplyAddedEvent(TenantId, Snapshot(), comment.Id, author.Kind, comment.Body, now));
        return comment;
    }

    private TicketSnapshot Snapshot() => new(Id, Number, CustomerId, SubjectId, DepartmentId, Location);

    private void EnsureCurrent(TicketStatus currentStatus)
    {
        if (currentStatus.Id != StatusId)
        {
            throw new ArgumentException("Pass the ticket's current status.", nameof(currentStatus));
        }
    }
}
