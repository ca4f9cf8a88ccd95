using System.Text.Json.Serialization;

namespace PosVendas.Application.Notifications;

/// <summary>
/// The JSON an integration partner receives for each event: a ticket event names its ticket, a unit event its unit
/// (the other is null). The partner reads the rest through the API.
/// </summary>
public sealed record WebhookEventBody(
    Guid Id,
    string Type,
    string Tenant,
    DateTimeOffset OccurredAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WebhookTicketReference? Ticket,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WebhookUnitReference? Unit = null);

public sealed record WebhookTicketReference(
    int Number,
    Guid? CommentId,
    Guid? StatusId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? AssessmentId = null);

/// <summary>A unit by its id and, when an ERP registered it, its external id.</summary>
public sealed record WebhookUnitReference(Guid Id, string? ExternalId);

/// <summary>The result of one delivery attempt.</summary>
public sealed record WebhookResult(int? StatusCode, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

/// <summary>Posts an event to a partner's URL, signed with the endpoint's secret.</summary>
public interface IWebhookSender
{
    Task<WebhookResult> SendAsync(string url, string secret, Guid deliveryId, string eventType, string body, CancellationToken cancellationToken);
}

/// <summary>Decides whether PosVendas may call a URL: https, and not an address inside a private network.</summary>
public interface IWebhookUrlPolicy
{
    /// <returns>Why the URL is refused, or null when it is acceptable.</returns>
    Task<string?> ProblemWithAsync(Uri url, CancellationToken cancellationToken);
}
