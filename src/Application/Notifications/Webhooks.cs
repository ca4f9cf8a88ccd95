namespace PosVendas.Application.Notifications;

/// <summary>The JSON an integration partner receives for each ticket event.</summary>
public sealed record WebhookEventBody(Guid Id, string Type, string Tenant, DateTimeOffset OccurredAt, WebhookTicketReference Ticket);

public sealed record WebhookTicketReference(int Number, Guid? CommentId, Guid? StatusId);

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
