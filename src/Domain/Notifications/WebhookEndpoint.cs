using PosVendas.Domain.Common;

namespace PosVendas.Domain.Notifications;

/// <summary>An integration partner's URL that receives the tenant's ticket events, signed with its secret.</summary>
public sealed class WebhookEndpoint : ITenantOwned
{
    public const int UrlMaxLength = 2000;
    public const int SecretMinLength = 16;
    public const int SecretMaxLength = 200;

    private WebhookEndpoint()
    {
        Url = null!;
        Secret = null!;
        EventTypes = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Url { get; private set; }

    /// <summary>The HMAC-SHA256 key; never returned by the API after registration.</summary>
    public string Secret { get; private set; }

    public string[] EventTypes { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static WebhookEndpoint Register(Guid tenantId, Uri url, string secret, IEnumerable<string> eventTypes, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        TenantId = tenantId,
        Url = Text.Required(url.AbsoluteUri, UrlMaxLength, nameof(url)),
        Secret = Text.Required(secret, SecretMaxLength, nameof(secret)),
        EventTypes = [.. eventTypes.Distinct(StringComparer.Ordinal)],
        IsActive = true,
        CreatedAt = now,
    };

    public bool Wants(string eventType) => IsActive && EventTypes.Contains(eventType);

    public void Deactivate() => IsActive = false;
}
