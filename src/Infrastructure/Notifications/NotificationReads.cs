using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Notifications;
using PosVendas.Domain.Common;
using PosVendas.Domain.Notifications;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Notifications;

/// <inheritdoc cref="INotificationReads"/>
internal sealed class NotificationReads(AppDbContext db) : INotificationReads
{
    public async Task<IReadOnlyList<WebhookEndpoint>> ActiveWebhookEndpointsAsync(CancellationToken cancellationToken) =>
        await ActiveEndpoints(db).ToListAsync(cancellationToken);

    public Task<string> TenantSlugAsync(Guid tenantId, CancellationToken cancellationToken) =>
        TenantSlug(db, tenantId, cancellationToken);

    public Task<NotificationParties> PartiesAsync(Guid customerId, Guid subjectId, Guid departmentId, CancellationToken cancellationToken) =>
        Parties(db, customerId, subjectId, departmentId, cancellationToken);

    private static readonly Func<AppDbContext, IAsyncEnumerable<WebhookEndpoint>> ActiveEndpoints =
        EF.CompileAsyncQuery((AppDbContext db) => db.WebhookEndpoints.AsNoTracking().Where(e => e.IsActive));

    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<string>> TenantSlug =
        EF.CompileAsyncQuery((AppDbContext db, Guid tenantId, CancellationToken _) =>
            db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Slug).Single());

    /// <summary>One statement for customer, tenant, subject and department; every table keeps the tenant filter.</summary>
    private static readonly Func<AppDbContext, Guid, Guid, Guid, CancellationToken, Task<NotificationParties>> Parties =
        EF.CompileAsyncQuery((AppDbContext db, Guid customerId, Guid subjectId, Guid departmentId, CancellationToken _) =>
            (from customer in db.Customers
             join tenant in db.Tenants on customer.TenantId equals tenant.Id
             from subject in db.Subjects
             from department in db.Departments
             where customer.Id == customerId && subject.Id == subjectId && department.Id == departmentId
             select new NotificationParties(
                 subject.Name,
                 new LocalizedText(subject.Label.PtBr, subject.Label.En, subject.Label.Es),
                 customer.Name,
                 customer.Email,
                 customer.Locale,
                 tenant.Name,
                 tenant.Slug,
                 tenant.DefaultLocale,
                 department.NotificationEmail,
                 tenant.TimeZone,
                 tenant.EmailFromAddress,
                 tenant.EmailReplyTo,
                 tenant.SupportEmail,
                 tenant.PortalTicketUrl))
            .AsNoTracking()
            .Single());
}
