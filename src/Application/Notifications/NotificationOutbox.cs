using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations.Events;
using PosVendas.Domain.Notifications;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Tickets.Events;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Notifications;

/// <summary>
/// Turns domain events into outbox messages, inside the transaction of the change: nothing is sent here, and
/// nothing is lost if sending fails later. Who is told what:
/// <list type="bullet">
/// <item>ticket opened: the customer (confirmation) and the responsible department;</item>
/// <item>public staff reply: the customer, in one e-mail that also names the status the answer moved the ticket to
/// when that status has <c>notifyCustomer</c>; customer reply: the department;</item>
/// <item>status changed by staff, without an answer, to a status with <c>notifyCustomer</c>: the customer;</item>
/// <item>a solved ticket closed by PosVendas because the customer did not confirm it in time: the customer;</item>
/// <item>an assessment: the customer, in one e-mail with the outcome, the reason, the explanation and the new status
/// (instead of the staff-answer e-mail its explanation would cause); a contest is a customer reply: the department.</item>
/// </list>
/// Department alerts go to the department's address, else to the tenant's support address, else nowhere (the admin
/// settings warn about it).
/// Webhook endpoints subscribed to an event type get every such event, whoever caused it.
/// Internal notes raise no event, so they never cause a message.
/// </summary>
internal sealed class NotificationOutbox(IApplicationDbContext db, INotificationReads reads, TimeProvider clock) : IDomainEventHandler
{
    public const string TicketOpened = "ticket.opened";
    public const string StaffReplied = "ticket.staff_replied";
    public const string CustomerReplied = "ticket.customer_replied";
    public const string StatusChanged = "ticket.status_changed";
    public const string Assessed = "ticket.assessed";
    public const string AssessmentContested = "ticket.assessment_contested";
    public const string UnitCreated = "unit.created";
    public const string UnitUpdated = "unit.updated";
    public const string UnitDeleted = "unit.deleted";

    public static IReadOnlyList<string> EventTypes { get; } =
        [TicketOpened, StaffReplied, CustomerReplied, StatusChanged, Assessed, AssessmentContested, UnitCreated, UnitUpdated, UnitDeleted];

    // A request acts for one tenant and one caller: what the outbox reads, it reads once per request.
    private IReadOnlyList<WebhookEndpoint>? _endpoints;
    private string? _tenantSlug;
    private readonly Dictionary<(Guid CustomerId, Guid SubjectId, Guid DepartmentId), NotificationParties> _parties = [];

    /// <summary>
    /// Reads what the messages of a ticket about to be opened need. The opening takes its number after this and holds
    /// it until commit while the tenant's other openings wait (ADR 0002); writing its messages then reads nothing.
    /// </summary>
    public async Task ReadAheadForOpeningAsync(Guid customerId, Guid subjectId, Guid departmentId, CancellationToken cancellationToken)
    {
        await EndpointsAsync(cancellationToken);
        await PartiesAsync(customerId, subjectId, departmentId, cancellationToken);
    }

    /// <summary>
    /// Adds the messages the events of one command cause to the context, to be saved in the same batch as the change.
    /// It reads only rows the change did not write (the events carry the rest), so it runs before that batch is saved.
    /// </summary>
    public async Task HandleAsync(IReadOnlyList<IDomainEvent> domainEvents, CancellationToken cancellationToken)
    {
        foreach (var domainEvent in domainEvents)
        {
            await WebhooksAsync(domainEvent, cancellationToken);
        }

        foreach (var domainEvent in domainEvents)
        {
            switch (domainEvent)
            {
                case TicketOpenedEvent opened:
                    var facts = await FactsAsync(opened.Ticket, cancellationToken);
                    Email(opened, TicketOpened, EmailTemplates.TicketOpenedForCustomer(facts, opened.Description, opened.OccurredAt));
                    if (facts.DepartmentEmail is { } departmentEmail)
                    {
                        Email(opened, TicketOpened, EmailTemplates.TicketOpenedForDepartment(facts, opened.Description, departmentEmail, opened.OccurredAt));
                    }

                    break;

                case TicketAssessedEvent assessed:
                    // The assessment's explanation is a staff answer too: the customer gets this one e-mail for both.
                    var assessedTicket = await FactsAsync(assessed.Ticket, cancellationToken);
                    var locale = assessedTicket.CustomerLocale;
                    var assessmentMove = StaffMoveOf(domainEvents, assessed.Ticket.Id);
                    var movedTo = assessmentMove is null ? null : await NotifyingLabelAsync(assessmentMove.ToStatusId, locale, cancellationToken);
                    Email(assessed, Assessed, EmailTemplates.Assessed(
                        assessedTicket,
                        Texts.AssessmentOutcomes[assessed.Outcome].In(locale),
                        assessed.Reason is { } reason ? Texts.AssessmentReasons[reason].In(locale) : null,
                        assessed.Explanation,
                        assessed.Fee,
                        contestable: assessed.Outcome != AssessmentOutcome.Procedente,
                        assessed.OccurredAt,
                        movedTo));
                    break;

                case PublicReplyAddedEvent { AuthorKind: AuthorKind.Staff } reply when !WasAssessed(domainEvents, reply.Ticket.Id):
                    // One staff action, one e-mail: the status the answer moved the ticket to is told in it.
                    var answered = await FactsAsync(reply.Ticket, cancellationToken);
                    var move = StaffMoveOf(domainEvents, reply.Ticket.Id);
                    var newStatus = move is null ? null : await NotifyingLabelAsync(move.ToStatusId, answered.CustomerLocale, cancellationToken);
                    Email(reply, StaffReplied, EmailTemplates.StaffReplied(answered, reply.Body, reply.OccurredAt, newStatus));
                    break;

                case PublicReplyAddedEvent reply:
                    var ticket = await FactsAsync(reply.Ticket, cancellationToken);
                    if (ticket.DepartmentEmail is { } to)
                    {
                        Email(reply, CustomerReplied, EmailTemplates.CustomerReplied(ticket, to, reply.Body, reply.OccurredAt));
                    }

                    break;

                case TicketStatusChangedEvent { ChangedByKind: AuthorKind.System } change:
                    // A solved ticket closed because nobody confirmed it is told, whatever its status's flag says.
                    if (await ClosedUnconfirmedLabelAsync(change, cancellationToken) is { } closedAs)
                    {
                        var unconfirmed = await FactsAsync(change.Ticket, cancellationToken);
                        Email(change, StatusChanged, EmailTemplates.ClosedUnconfirmed(unconfirmed, closedAs.For(unconfirmed.CustomerLocale), change.OccurredAt));
                    }

                    break;

                case TicketStatusChangedEvent { ChangedByKind: AuthorKind.Staff } change when !StaffAnswered(domainEvents, change.Ticket.Id):
                    var changed = await FactsAsync(change.Ticket, cancellationToken);
                    if (await NotifyingLabelAsync(change.ToStatusId, changed.CustomerLocale, cancellationToken) is { } label)
                    {
                        Email(change, StatusChanged, EmailTemplates.StatusChanged(changed, label, change.OccurredAt));
                    }

                    break;
            }
        }
    }

    private static TicketStatusChangedEvent? StaffMoveOf(IReadOnlyList<IDomainEvent> domainEvents, Guid ticketId) =>
        domainEvents.OfType<TicketStatusChangedEvent>().LastOrDefault(change => change.Ticket.Id == ticketId && change.ChangedByKind == AuthorKind.Staff);

    private static bool WasAssessed(IReadOnlyList<IDomainEvent> domainEvents, Guid ticketId) =>
        domainEvents.OfType<TicketAssessedEvent>().Any(assessed => assessed.Ticket.Id == ticketId);

    private static bool StaffAnswered(IReadOnlyList<IDomainEvent> domainEvents, Guid ticketId) =>
        domainEvents.OfType<PublicReplyAddedEvent>().Any(reply => reply.Ticket.Id == ticketId && reply.AuthorKind == AuthorKind.Staff);

    /// <summary>The closed status's label when <paramref name="change"/> closed a solved ticket; else null.</summary>
    private async Task<LocalizedText?> ClosedUnconfirmedLabelAsync(TicketStatusChangedEvent change, CancellationToken cancellationToken)
    {
        // Found in the change tracker first: a flow change can move tickets into a status the same command adds.
        var from = await db.TicketStatuses.FindAsync([change.FromStatusId], cancellationToken);
        var to = await db.TicketStatuses.FindAsync([change.ToStatusId], cancellationToken);
        return from?.Category == StatusCategory.Solved && to?.Category == StatusCategory.Closed ? to.Label : null;
    }

    /// <summary>The status's label in <paramref name="locale"/> when customers are told of moves into it; else null.</summary>
    private async Task<string?> NotifyingLabelAsync(Guid statusId, string locale, CancellationToken cancellationToken)
    {
        var status = await db.TicketStatuses
            .Where(s => s.Id == statusId)
            .Select(s => new { s.NotifyCustomer, s.Label })
            .SingleAsync(cancellationToken);
        return status.NotifyCustomer ? status.Label.For(locale) : null;
    }

    /// <summary>One message per subscribed endpoint: each is retried and logged on its own.</summary>
    private async Task WebhooksAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent is UnitRegisteredEvent or UnitChangedEvent or UnitDeletedEvent)
        {
            await UnitWebhooksAsync(domainEvent, cancellationToken);
            return;
        }

        var (type, ticket, commentId, statusId, assessmentId) = domainEvent switch
        {
            TicketOpenedEvent e => (TicketOpened, e.Ticket, (Guid?)null, (Guid?)null, (Guid?)null),
            PublicReplyAddedEvent { AuthorKind: AuthorKind.Staff } e => (StaffReplied, e.Ticket, e.CommentId, null, null),
            PublicReplyAddedEvent e => (CustomerReplied, e.Ticket, e.CommentId, null, null),
            TicketStatusChangedEvent e => (StatusChanged, e.Ticket, null, e.ToStatusId, null),
            TicketAssessedEvent e => (Assessed, e.Ticket, null, null, e.AssessmentId),
            AssessmentContestedEvent e => (AssessmentContested, e.Ticket, e.CommentId, null, e.AssessmentId),
            _ => (null, null, null, null, null),
        };
        if (type is null || ticket is null)
        {
            return;
        }

        var subscribed = (await EndpointsAsync(cancellationToken)).Where(endpoint => endpoint.Wants(type)).ToList();
        if (subscribed.Count == 0)
        {
            return;
        }

        var parties = await PartiesAsync(ticket.CustomerId, ticket.SubjectId, ticket.DepartmentId, cancellationToken);
        var body = JsonSerializer.Serialize(
            new WebhookEventBody(Guid.CreateVersion7(), type, parties.TenantSlug, domainEvent.OccurredAt, new WebhookTicketReference(ticket.Number, commentId, statusId, assessmentId)),
            WebhookJson);
        foreach (var endpoint in subscribed)
        {
            db.OutboxMessages.Add(OutboxMessage.Create(
                domainEvent.TenantId, OutboxChannel.Webhook, type, endpoint.Id.ToString(), body, clock.GetUtcNow()));
        }
    }

    private async Task UnitWebhooksAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var (type, unitId, externalId) = domainEvent switch
        {
            UnitRegisteredEvent e => (UnitCreated, e.UnitId, e.ExternalId),
            UnitChangedEvent e => (UnitUpdated, e.UnitId, e.ExternalId),
            UnitDeletedEvent e => (UnitDeleted, e.UnitId, e.ExternalId),
            _ => throw new ArgumentException("Not a unit event.", nameof(domainEvent)),
        };
        var subscribed = (await EndpointsAsync(cancellationToken)).Where(endpoint => endpoint.Wants(type)).ToList();
        if (subscribed.Count == 0)
        {
            return;
        }

        _tenantSlug ??= await reads.TenantSlugAsync(domainEvent.TenantId, cancellationToken);
        var body = JsonSerializer.Serialize(
            new WebhookEventBody(Guid.CreateVersion7(), type, _tenantSlug, domainEvent.OccurredAt, Ticket: null, new WebhookUnitReference(unitId, externalId)),
            WebhookJson);
        foreach (var endpoint in subscribed)
        {
            db.OutboxMessages.Add(OutboxMessage.Create(
                domainEvent.TenantId, OutboxChannel.Webhook, type, endpoint.Id.ToString(), body, clock.GetUtcNow()));
        }
    }

    private static readonly JsonSerializerOptions WebhookJson = new(JsonSerializerDefaults.Web);

    private void Email(IDomainEvent cause, string type, OutboxEmail email) =>
        db.OutboxMessages.Add(OutboxMessage.Create(
            cause.TenantId, OutboxChannel.Email, type, email.To, JsonSerializer.Serialize(email), clock.GetUtcNow()));

    private async Task<IReadOnlyList<WebhookEndpoint>> EndpointsAsync(CancellationToken cancellationToken) =>
        _endpoints ??= await reads.ActiveWebhookEndpointsAsync(cancellationToken);

    private async Task<NotificationParties> PartiesAsync(Guid customerId, Guid subjectId, Guid departmentId, CancellationToken cancellationToken)
    {
        if (!_parties.TryGetValue((customerId, subjectId, departmentId), out var row))
        {
            row = await reads.PartiesAsync(customerId, subjectId, departmentId, cancellationToken);
            _parties.Add((customerId, subjectId, departmentId), row);
        }

        return row;
    }

    private async Task<TicketMailFacts> FactsAsync(TicketSnapshot ticket, CancellationToken cancellationToken)
    {
        var row = await PartiesAsync(ticket.CustomerId, ticket.SubjectId, ticket.DepartmentId, cancellationToken);
        var customerLocale = row.Locale ?? row.DefaultLocale;
        return new TicketMailFacts(
            ticket.Id,
            ticket.Number,
            row.SubjectLabel.For(customerLocale),
            row.SubjectName,
            row.Name,
            row.Email,
            customerLocale,
            row.TenantName,
            row.DefaultLocale,
            row.NotificationEmail ?? row.SupportEmail,
            TimeZoneInfo.FindSystemTimeZoneById(row.TimeZone),
            row.EmailFromAddress,
            row.EmailReplyTo,
            Tenant.PortalLink(row.PortalTicketUrl, ticket.Number),
            ticket.Location?.Line);
    }
}
