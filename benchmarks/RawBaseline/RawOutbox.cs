using System.Text.Json;
using MimeKit;
using Npgsql;

namespace PosVendas.Benchmarks.RawBaseline;

/// <summary>
/// The baseline's e-mail delivery, done by hand like its endpoints. Every opening and reply leaves e-mails in the
/// outbox, and the API's dispatcher delivers them while the API is measured, on the same machine; so the baseline
/// delivers its own the same way, or it would be measured doing less work than the API (ADR 0012). Each round claims
/// due messages with the API's statement, writes each as an .eml file built with MimeKit as the API's pickup transport
/// does, and records the outcomes in one batch of updates. Its messages are in a channel of their own
/// (<see cref="Channel"/>), so the API's dispatcher, which claims the <c>Email</c> channel, never delivers them, nor
/// this one the API's. The API's retries, webhooks, lanes and purge are left out: the benchmark sends neither.
/// </summary>
internal sealed class RawOutbox(NpgsqlDataSource db, TimeProvider clock, IConfiguration configuration) : BackgroundService
{
    /// <summary>The outbox channel of the baseline's e-mails.</summary>
    public const string Channel = "RawEmail";

    // The API's defaults (NotificationOptions): a poll every 2 s, batches of 100, a claim lease of 45 s.
    private const int BatchSize = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(45);

    private readonly string _pickupDirectory = configuration["PickupDirectory"] ?? Path.Combine(Path.GetTempPath(), "posvendas-raw-mail");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(_pickupDirectory);
        using var timer = new PeriodicTimer(PollInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            while (await DeliverOnceAsync(stoppingToken) == BatchSize)
            {
                // A full batch: there may be more due right now.
            }
        }
    }

    private async Task<int> DeliverOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimed = new List<(Guid Id, int Attempts, string Payload)>();
        await using (var claim = db.CreateCommand(Sql.ClaimOutboxMessages))
        {
            claim.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now + ClaimLease });
            claim.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
            claim.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Channel });
            claim.Parameters.Add(new NpgsqlParameter<int> { TypedValue = BatchSize });
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add((reader.GetGuid(reader.GetOrdinal("id")), reader.GetInt32(reader.GetOrdinal("attempts")), reader.GetString(reader.GetOrdinal("payload"))));
            }
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        foreach (var (id, _, payload) in claimed)
        {
            using var message = Build(JsonSerializer.Deserialize<OutboxEmail>(payload)!, id);
            await message.WriteToAsync(Path.Combine(_pickupDirectory, $"{id:N}.eml"), cancellationToken);
        }

        var delivered = clock.GetUtcNow();
        await using var record = db.CreateBatch();
        foreach (var (id, attempts, _) in claimed)
        {
            var update = new NpgsqlBatchCommand(Sql.RecordDelivered);
            update.Parameters.Add(new NpgsqlParameter<int>("p0", attempts + 1));
            update.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("p1", delivered));
            update.Parameters.Add(new NpgsqlParameter<string>("p2", "Delivered"));
            update.Parameters.Add(new NpgsqlParameter<Guid>("p3", id));
            record.BatchCommands.Add(update);
        }

        await record.ExecuteNonQueryAsync(CancellationToken.None);
        return claimed.Count;
    }

    /// <summary>The API's message (MailKitEmailSender.Build in src/Infrastructure) with its default sender.</summary>
    private static MimeMessage Build(OutboxEmail email, Guid messageId)
    {
        var message = new MimeMessage
        {
            MessageId = $"{messageId:N}@posvendas.local",
            Subject = email.Subject,
            Body = new BodyBuilder { TextBody = email.Text, HtmlBody = email.Html }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress("PosVendas", "no-reply@posvendas.local"));
        message.To.Add(new MailboxAddress(email.ToName ?? "", email.To));
        return message;
    }
}
