using MimeKit;
using PosVendas.Application.Notifications;
using PosVendas.Infrastructure.Notifications;

namespace PosVendas.WebApi.FunctionalTests.Notifications;

/// <summary>The development transport: e-mails become .eml files, so the run command needs no mail server.</summary>
public sealed class PickupFolderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"posvendas-mail-{Guid.NewGuid():N}");

    [Fact]
    public async Task An_e_mail_is_written_as_an_eml_file_with_both_bodies_and_its_Message_ID()
    {
        var sender = new MailKitEmailSender(new EmailOptions { Transport = "Pickup", PickupDirectory = _folder, MessageIdDomain = "test.local" });
        var id = Guid.NewGuid();

        await using (var batch = sender.StartBatch())
        {
            await batch.SendAsync(new OutboxEmail("ana@example.com", "Ana", "[Chamado #7] Nova resposta", "Texto", "<p>Texto</p>"), id, CancellationToken.None);
        }

        var message = await MimeMessage.LoadAsync(Path.Combine(_folder, $"{id:N}.eml"));
        message.MessageId.Should().Be($"{id:N}@test.local");
        message.To.Mailboxes.Single().Address.Should().Be("ana@example.com");
        message.Subject.Should().Be("[Chamado #7] Nova resposta");
        message.TextBody.Should().Be("Texto");
        message.HtmlBody.Should().Be("<p>Texto</p>");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
