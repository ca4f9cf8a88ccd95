namespace PosVendas.Application.Notifications;

/// <summary>
/// The payload of an e-mail outbox message: rendered when the event happened, sent as it was. <c>Thread</c> names
/// the conversation the e-mail belongs to (one per ticket): the e-mails of a thread refer to the same root
/// Message-ID, so mail clients show them together. The sender is the tenant's: <c>FromName</c> its display name,
/// <c>FromAddress</c> its address (null: the deployment's, <c>Notifications:Email:From</c>), <c>ReplyTo</c> where
/// answers go (null: the sender). Messages written before a member existed have none.
/// </summary>
public sealed record OutboxEmail(
    string To,
    string? ToName,
    string Subject,
    string Text,
    string Html,
    string? Thread = null,
    string? FromName = null,
    string? FromAddress = null,
    string? ReplyTo = null);

/// <summary>Sends e-mail. The outbox dispatcher starts one batch per round of due messages.</summary>
public interface IEmailSender
{
    /// <summary>Starts a batch: its messages may share one connection to the mail server.</summary>
    IEmailBatch StartBatch();
}

/// <summary>A round of e-mails; disposing it closes the connection it opened, if any.</summary>
public interface IEmailBatch : IAsyncDisposable
{
    /// <summary>Sends one e-mail; the message id is stable across attempts and becomes the Message-ID header.</summary>
    Task SendAsync(OutboxEmail email, Guid messageId, CancellationToken cancellationToken);
}
