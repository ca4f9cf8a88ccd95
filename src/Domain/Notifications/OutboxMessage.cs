using PosVendas.Domain.Common;
using PosVendas.Domain.Notifications.Rules;

namespace PosVendas.Domain.Notifications;

public enum OutboxChannel
{
    Email,
    Webhook,
}

public enum OutboxStatus
{
    Pending,
    Delivered,
    Dead,
}

/// <summary>
/// One delivery to make (an e-mail to one address), written in the same transaction as the change that caused it.
/// Its id is stable across attempts, so a receiver can recognise the duplicate that at-least-once delivery allows.
/// </summary>
public sealed class OutboxMessage : ITenantOwned
{
    public const int TypeMaxLength = 60;
    public const int RecipientMaxLength = 320;
    public const int ErrorMaxLength = 2000;

    private OutboxMessage()
    {
        Type = null!;
        Recipient = null!;
        Payload = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public OutboxChannel Channel { get; private set; }

    /// <summary>The event behind the delivery, for example <c>ticket.opened</c>.</summary>
    public string Type { get; private set; }

    public string Recipient { get; private set; }

    /// <summary>What to deliver, as JSON (for e-mail: subject, text and HTML bodies).</summary>
    public string Payload { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage Create(Guid tenantId, OutboxChannel channel, string type, string recipient, string payload, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        TenantId = tenantId,
        Channel = channel,
        Type = Text.Required(type, TypeMaxLength, nameof(type)),
        Recipient = Text.Required(recipient, RecipientMaxLength, nameof(recipient)),
        Payload = payload,
        Status = OutboxStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public void MarkDelivered(DateTimeOffset now)
    {
        Attempts++;
        Status = OutboxStatus.Delivered;
        DeliveredAt = now;
        LastError = null;
    }

    /// <summary>Records a failed attempt: retried after <paramref name="retryAfter"/>, or dead after the last attempt.</summary>
    public void MarkFailed(string error, TimeSpan retryAfter, int maxAttempts, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length <= ErrorMaxLength ? error : error[..ErrorMaxLength];
        if (Attempts >= maxAttempts)
        {
            Status = OutboxStatus.Dead;
        }
        else
        {
            NextAttemptAt = now + retryAfter;
        }
    }

    /// <summary>
    /// Gives back a claim that ended before the message was sent (the dispatcher stopped, or its lease was running
    /// out): due again at once, the attempt not counted.
    /// </summary>
    public void Release(DateTimeOffset now) => NextAttemptAt = now;

    /// <summary>Puts a dead message back in line, for an admin who fixed what made it fail.</summary>
    public void Redeliver(DateTimeOffset now)
    {
        BusinessRuleValidationException.ThrowIfBroken(new OnlyDeadMessagesAreRedeliveredRule(this));

        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }
}
