namespace PosVendas.Application.Notifications;

/// <summary>
/// The payload of an e-mail outbox message: rendered when the event happened, sent as it was. <c>Thread</c> names
/// the conversation the e-mail belongs to (one per ticket): the e-mails of a thread refer to the same root
/// Message-ID, so mail clients show them together. Messages written before it existed have none.
/// </summary>
public sealed record OutboxEmail(string To, string? ToName, string Subject, string Text, string Html, string? Thread = null);

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
