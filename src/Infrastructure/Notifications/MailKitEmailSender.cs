using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using PosVendas.Application.Notifications;

namespace PosVendas.Infrastructure.Notifications;

/// <summary>Sends over SMTP with MailKit, or writes .eml files to a folder (development: no mail server needed).</summary>
internal sealed class MailKitEmailSender(EmailOptions options) : IEmailSender
{
    public async Task SendAsync(OutboxEmail email, Guid messageId, CancellationToken cancellationToken)
    {
        using var message = Build(email, messageId);
        if (string.Equals(options.Transport, "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            using var smtp = new SmtpClient();
            await smtp.ConnectAsync(options.Host, options.Port, Enum.Parse<SecureSocketOptions>(options.Security, ignoreCase: true), cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await smtp.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
            }

            await smtp.SendAsync(message, cancellationToken);
            await smtp.DisconnectAsync(quit: true, cancellationToken);
            return;
        }

        Directory.CreateDirectory(options.PickupDirectory);
        await message.WriteToAsync(Path.Combine(options.PickupDirectory, $"{messageId:N}.eml"), cancellationToken);
    }

    private MimeMessage Build(OutboxEmail email, Guid messageId)
    {
        var message = new MimeMessage
        {
            MessageId = $"{messageId:N}@{options.MessageIdDomain}",
            Subject = email.Subject,
            Body = new BodyBuilder { TextBody = email.Text, HtmlBody = email.Html }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(new MailboxAddress(email.ToName ?? "", email.To));
        return message;
    }
}
