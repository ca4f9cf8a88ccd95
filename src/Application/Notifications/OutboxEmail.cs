namespace PosVendas.Application.Notifications;

/// <summary>The payload of an e-mail outbox message: rendered when the event happened, sent as it was.</summary>
public sealed record OutboxEmail(string To, string? ToName, string Subject, string Text, string Html);

/// <summary>Sends one e-mail; the message id is stable across attempts and becomes the Message-ID header.</summary>
public interface IEmailSender
{
    Task SendAsync(OutboxEmail email, Guid messageId, CancellationToken cancellationToken);
}
