using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using PosVendas.Application.Notifications;

namespace PosVendas.Infrastructure.Notifications;

/// <summary>Sends over SMTP with MailKit, or writes .eml files to a folder (development: no mail server needed).</summary>
internal sealed class MailKitEmailSender(EmailOptions options) : IEmailSender
{
    public IEmailBatch StartBatch() => options.UsesSmtp ? new SmtpBatch(options) : new PickupBatch(options);

    private static MimeMessage Build(EmailOptions options, OutboxEmail email, Guid messageId)
    {
        var message = new MimeMessage
        {
            MessageId = $"{messageId:N}@{options.MessageIdDomain}",
            Subject = email.Subject,
            Body = new BodyBuilder { TextBody = email.Text, HtmlBody = email.Html }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(email.FromName ?? options.FromName, email.FromAddress ?? options.From));
        message.To.Add(new MailboxAddress(email.ToName ?? "", email.To));
        if (email.ReplyTo is { } replyTo)
        {
            message.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }

        if (email.Thread is { } thread)
        {
            // The root is never sent itself: each e-mail of the ticket answers it, so they thread as one conversation.
            var root = $"{thread}@{options.MessageIdDomain}";
            message.InReplyTo = root;
            message.References.Add(root);
        }

        return message;
    }

    /// <summary>
    /// One SMTP connection for the batch, opened by its first message: connecting, TLS and authentication cost more
    /// round trips than sending a message. After any failure (a refused recipient, a server that ends the session, a
    /// dropped connection) the session's state is unknown, so the connection is dropped and the next message opens
    /// a new one: one message's failure never fails the rest of the batch.
    /// </summary>
    private sealed class SmtpBatch(EmailOptions options) : IEmailBatch
    {
        private static readonly TimeSpan QuitTimeout = TimeSpan.FromSeconds(5);

        private SmtpClient? _client;

        public async Task SendAsync(OutboxEmail email, Guid messageId, CancellationToken cancellationToken)
        {
            using var message = Build(options, email, messageId);
            var client = _client ??= await ConnectAsync(cancellationToken);
            try
            {
                await client.SendAsync(message, cancellationToken);
            }
            catch (Exception exception)
            {
                // A reply of the server's (SmtpCommandException) leaves the session between commands, where QUIT is
                // understood; after anything else (a broken connection, a cancelled write) the socket is just closed.
                _client = null;
                await CloseAsync(client, quit: exception is SmtpCommandException);
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_client is { } client)
            {
                _client = null;
                await CloseAsync(client, quit: true);
            }
        }

        private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
        {
            var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
            try
            {
                await client.ConnectAsync(options.Host!, options.Port, Enum.Parse<SecureSocketOptions>(options.Security, ignoreCase: true), cancellationToken);
                if (!string.IsNullOrEmpty(options.UserName))
                {
                    await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
                }

                return client;
            }
            catch
            {
                client.Dispose();
                throw;
            }
        }

        // Says QUIT when asked and the connection is still up. The messages' outcomes are known by now, so a server
        // that does not answer in time or drops the connection here changes nothing.
        private static async Task CloseAsync(SmtpClient client, bool quit)
        {
            using (client)
            {
                if (!quit || !client.IsConnected)
                {
                    return;
                }

                using var timeout = new CancellationTokenSource(QuitTimeout);
                try
                {
                    await client.DisconnectAsync(quit: true, timeout.Token);
                }
                catch (Exception exception) when (exception is IOException or SocketException or ProtocolException or CommandException or OperationCanceledException)
                {
                }
            }
        }
    }

    private sealed class PickupBatch(EmailOptions options) : IEmailBatch
    {
        public async Task SendAsync(OutboxEmail email, Guid messageId, CancellationToken cancellationToken)
        {
            using var message = Build(options, email, messageId);
            Directory.CreateDirectory(options.PickupDirectory);
            await message.WriteToAsync(Path.Combine(options.PickupDirectory, $"{messageId:N}.eml"), cancellationToken);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
