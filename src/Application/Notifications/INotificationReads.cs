using PosVendas.Domain.Common;
using PosVendas.Domain.Notifications;

namespace PosVendas.Application.Notifications;

/// <summary>
/// What <see cref="NotificationOutbox"/> reads to write a ticket's messages, compiled once: it runs inside every
/// opening, reply and status change (ADR 0006). It reads no ticket row: an opening reads it before its ticket is
/// written, and before it takes its number (ADR 0002).
/// </summary>
public interface INotificationReads
{
    /// <summary>The caller's tenant's active webhook endpoints, untracked.</summary>
    Task<IReadOnlyList<WebhookEndpoint>> ActiveWebhookEndpointsAsync(CancellationToken cancellationToken);

    /// <summary>The slug of the tenant <paramref name="tenantId"/>, as webhook bodies name it.</summary>
    Task<string> TenantSlugAsync(Guid tenantId, CancellationToken cancellationToken);

    /// <summary>Who a ticket's messages are from and to: its customer, subject, department and tenant.</summary>
    Task<NotificationParties> PartiesAsync(Guid customerId, Guid subjectId, Guid departmentId, CancellationToken cancellationToken);
}

/// <summary>
/// The people and names a ticket's messages mention, and the tenant's e-mail settings. <c>Locale</c> is the customer's,
/// when they chose one; <c>NotificationEmail</c> the department's address.
/// </summary>
public sealed record NotificationParties(
    string SubjectName,
    LocalizedText SubjectLabel,
    string Name,
    string Email,
    string? Locale,
    string TenantName,
    string TenantSlug,
    string DefaultLocale,
    string? NotificationEmail,
    string TimeZone,
    string? EmailFromAddress,
    string? EmailReplyTo,
    string? SupportEmail,
    string? PortalTicketUrl);
