using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Common;
using PosVendas.Domain.Notifications;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets.Events;

namespace PosVendas.Application.Notifications;

/// <summary>
/// Turns domain events into outbox messages, inside the transaction of the change: nothing is sent here, and
/// nothing is lost if sending fails later. Who is told what:
/// <list type="bullet">
/// <item>ticket opened: the customer (confirmation) and the responsible department;</item>
/// <item>public staff reply: the customer; customer reply: the department;</item>
/// <item>status changed by staff to a status with <c>notifyCustomer</c>: the customer.</item>
/// </list>
/// Webhook endpoints subscribed to an event type get every such event, whoever caused it.
/// Internal notes raise no event, so they never cause a message.
/// </summary>
internal sealed class NotificationOutbox(IApplicationDbContext db, TimeProvider clock)
{
    public const string TicketOpened = "ticket.opened";
    public const string StaffReplied = "ticket.staff_replied";
    public const string CustomerReplied = "ticket.customer_replied";
    public const string StatusChanged = "ticket.status_changed";

    public static IReadOnlyList<string> EventTypes { get; } = [TicketOpened, StaffReplied, CustomerReplied, StatusChanged];

    public async Task WriteAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        var endpoints = await db.WebhookEndpoints.Where(e => e.IsActive).ToListAsync(cancellationToken);
        foreach (var domainEvent in events)
        {
            await WebhooksAsync(domainEvent, endpoints, cancellationToken);

            switch (domainEvent)
            {
                case TicketOpenedEvent opened:
                    var facts = await FactsAsync(opened.TicketId, cancellationToken);
                    Email(opened, TicketOpened, EmailTemplates.TicketOpenedForCustomer(facts));
                    if (facts.DepartmentEmail is { } departmentEmail)
                    {
                        Email(opened, TicketOpened, EmailTemplates.TicketOpenedForDepartment(facts, departmentEmail));
                    }

                    break;

                case PublicReplyAddedEvent { AuthorKind: AuthorKind.Staff } reply:
                    Email(reply, StaffReplied, EmailTemplates.StaffReplied(await FactsAsync(reply.TicketId, cancellationToken), await BodyAsync(reply.CommentId, cancellationToken)));
                    break;

                case PublicReplyAddedEvent reply:
                    var ticket = await FactsAsync(reply.TicketId, cancellationToken);
                    if (ticket.DepartmentEmail is { } to)
                    {
                        Email(reply, CustomerReplied, EmailTemplates.CustomerReplied(ticket, to, await BodyAsync(reply.CommentId, cancellationToken)));
                    }

                    break;

                case TicketStatusChangedEvent { ChangedByKind: AuthorKind.Staff } change:
                    var status = await db.TicketStatuses
                        .Where(s => s.Id == change.ToStatusId)
                        .Select(s => new { s.NotifyCustomer, s.Label })
                        .SingleAsync(cancellationToken);
                    if (status.NotifyCustomer)
                    {
                        var changed = await FactsAsync(change.TicketId, cancellationToken);
                        Email(change, StatusChanged, EmailTemplates.StatusChanged(changed, status.Label.For(changed.CustomerLocale)));
                    }

                    break;
            }
        }
    }

    /// <summary>One message per subscribed endpoint: each is retried and logged on its own.</summary>
    private async Task WebhooksAsync(IDomainEvent domainEvent, IReadOnlyList<WebhookEndpoint> endpoints, CancellationToken cancellationToken)
    {
        var (type, ticketId, commentId, statusId) = domainEvent switch
        {
            TicketOpenedEvent e => (TicketOpened, e.TicketId, (Guid?)null, (Guid?)null),
            PublicReplyAddedEvent { AuthorKind: AuthorKind.Staff } e => (StaffReplied, e.TicketId, e.CommentId, null),
            PublicReplyAddedEvent e => (CustomerReplied, e.TicketId, e.CommentId, null),
            TicketStatusChangedEvent e => (StatusChanged, e.TicketId, null, e.ToStatusId),
            _ => (null, Guid.Empty, null, null),
        };
        var subscribed = endpoints.Where(endpoint => type is not null && endpoint.Wants(type)).ToList();
        if (subscribed.Count == 0)
        {
            return;
        }

        var reference = await (
                from t in db.Tickets
                join tenant in db.Tenants on t.TenantId equals tenant.Id
                where t.Id == ticketId
                select new { t.Number, tenant.Slug })
            .SingleAsync(cancellationToken);
        var body = JsonSerializer.Serialize(
            new WebhookEventBody(Guid.CreateVersion7(), type!, reference.Slug, domainEvent.OccurredAt, new WebhookTicketReference(reference.Number, commentId, statusId)),
            WebhookJson);
        foreach (var endpoint in subscribed)
        {
            db.OutboxMessages.Add(OutboxMessage.Create(
                domainEvent.TenantId, OutboxChannel.Webhook, type!, endpoint.Id.ToString(), body, clock.GetUtcNow()));
        }
    }

    private static readonly JsonSerializerOptions WebhookJson = new(JsonSerializerDefaults.Web);

    private void Email(IDomainEvent cause, string type, OutboxEmail email) =>
        db.OutboxMessages.Add(OutboxMessage.Create(
            cause.TenantId, OutboxChannel.Email, type, email.To, JsonSerializer.Serialize(email), clock.GetUtcNow()));

    private Task<string> BodyAsync(Guid commentId, CancellationToken cancellationToken) =>
        db.Comments.Where(c => c.Id == commentId).Select(c => c.Body).SingleAsync(cancellationToken);

    private async Task<TicketMailFacts> FactsAsync(Guid ticketId, CancellationToken cancellationToken)
    {
        var row = await Facts(db.AsDbContext(), ticketId, cancellationToken);
        var customerLocale = row.Locale ?? row.DefaultLocale;
        return new TicketMailFacts(
            row.Number,
            row.SubjectLabel.For(customerLocale),
            row.SubjectName,
            row.Description,
            row.Name,
            row.Email,
            customerLocale,
            row.TenantName,
            row.DefaultLocale,
            row.NotificationEmail);
    }

    /// <summary>
    /// What every e-mail about a ticket says, in one statement, compiled once: it runs inside the transaction of
    /// every opening and reply, and for an opening while the tenant's ticket-number lock is held.
    /// </summary>
    private static readonly Func<DbContext, Guid, CancellationToken, Task<FactsRow>> Facts =
        EF.CompileAsyncQuery((DbContext db, Guid ticketId, CancellationToken _) =>
            (from t in db.Set<Ticket>()
             join customer in db.Set<Customer>() on t.CustomerId equals customer.Id
             join subject in db.Set<Subject>() on t.SubjectId equals subject.Id
             join department in db.Set<Department>() on t.DepartmentId equals department.Id
             join tenant in db.Set<Tenant>() on t.TenantId equals tenant.Id
             where t.Id == ticketId
             select new FactsRow(
                 t.Number,
                 subject.Name,
                 new LocalizedText(subject.Label.PtBr, subject.Label.En, subject.Label.Es),
                 t.Description,
                 customer.Name,
                 customer.Email,
                 customer.Locale,
                 tenant.Name,
                 tenant.DefaultLocale,
                 department.NotificationEmail))
            .AsNoTracking()
            .Single());

    private sealed record FactsRow(
        int Number,
        string SubjectName,
        LocalizedText SubjectLabel,
        string Description,
        string Name,
        string Email,
        string? Locale,
        string TenantName,
        string DefaultLocale,
        string? NotificationEmail);
}
