using PosVendas.Domain.Common;

namespace PosVendas.Domain.Notifications;

/// <summary>One attempt to deliver an event to a webhook endpoint, as partners see it in the delivery log.</summary>
public sealed class WebhookDelivery : ITenantOwned
{
    private WebhookDelivery()
    {
        EventType = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid EndpointId { get; private set; }

    /// <summary>The outbox message: the delivery id partners receive, the same on every attempt.</summary>
    public Guid MessageId { get; private set; }

    public string EventType { get; private set; }

    public int Attempt { get; private set; }

    /// <summary>The HTTP status the endpoint answered; null when it could not be reached.</summary>
    public int? StatusCode { get; private set; }

    public string? Error { get; private set; }

    public bool Succeeded { get; private set; }

    public DateTimeOffset AttemptedAt { get; private set; }

    public static WebhookDelivery Record(OutboxMessage message, Guid endpointId, int attempt, int? statusCode, string? error, bool succeeded, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        TenantId = message.TenantId,
        EndpointId = endpointId,
        MessageId = message.Id,
        EventType = message.Type,
        Attempt = attempt,
        StatusCode = statusCode,
        Error = error is { Length: > OutboxMessage.ErrorMaxLength } ? error[..OutboxMessage.ErrorMaxLength] : error,
        Succeeded = succeeded,
        AttemptedAt = now,
    };
}
