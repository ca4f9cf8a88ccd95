using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PosVendas.Application.Notifications;
using PosVendas.Domain.Notifications;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Notifications;

/// <summary>
/// Delivers the outbox: claims due messages with FOR UPDATE SKIP LOCKED (so several API instances share the work),
/// sends them, and records the outcome in the same transaction. A crash before commit leaves the batch pending: it
/// is sent again, and the stable message id lets receivers drop the duplicate. Nothing is lost.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEmailSender email,
    IWebhookSender webhooks,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    private readonly NotificationOptions _options = options.Value;
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    /// <summary>Sends one batch of due messages; returns how many were attempted.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var batch = await db.OutboxMessages
            .FromSql($"""
                SELECT * FROM notifications.outbox_messages
                WHERE status = 'Pending' AND next_attempt_at <= {now}
                ORDER BY next_attempt_at
                LIMIT {_options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .IgnoreQueryFilters()
            .ToListAsync(cancellationToken);

        // The batch's e-mails share one connection to the mail server, closed after the outcomes are committed.
        await using var emails = email.StartBatch();
        foreach (var message in batch)
        {
            try
            {
                await DeliverAsync(db, emails, message, cancellationToken);
                message.MarkDelivered(clock.GetUtcNow());
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                message.MarkFailed(exception.Message, RetryDelay(message.Attempts + 1), _options.MaxAttempts, clock.GetUtcNow());
                var level = message.Status == OutboxStatus.Dead ? LogLevel.Error : LogLevel.Warning;
                logger.Log(level, "Delivering outbox message {MessageId} ({Type}) failed, attempt {Attempt}: {Reason}", message.Id, message.Type, message.Attempts, exception.Message);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    /// <summary>Deletes delivered messages and webhook delivery logs older than the retention; returns how many rows.</summary>
    public async Task<int> PurgeDeliveredAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // The first purge after a busy retention period deletes many rows at once; the connection string's command
        // timeout is a budget for requests (ADR 0016), so this background statement gets minutes.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        var cutoff = clock.GetUtcNow() - _options.DeliveredRetention;
        var messages = await db.OutboxMessages
            .IgnoreQueryFilters()
            .Where(m => m.Status == OutboxStatus.Delivered && m.DeliveredAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        var logs = await db.WebhookDeliveries
            .IgnoreQueryFilters()
            .Where(d => d.AttemptedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        return messages + logs;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.PollInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                while (await DispatchOnceAsync(stoppingToken) == _options.BatchSize)
                {
                    // A full batch: there may be more due right now.
                }

                if (clock.GetUtcNow() >= _nextPurge)
                {
                    await PurgeDeliveredAsync(stoppingToken);
                    _nextPurge = clock.GetUtcNow() + PurgeInterval;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The outbox dispatcher failed; retrying at the next tick");
            }
        }
    }

    private Task DeliverAsync(AppDbContext db, IEmailBatch emails, OutboxMessage message, CancellationToken cancellationToken) => message.Channel switch
    {
        OutboxChannel.Email => emails.SendAsync(
            JsonSerializer.Deserialize<OutboxEmail>(message.Payload) ?? throw new InvalidOperationException("Empty e-mail payload."),
            message.Id,
            cancellationToken),
        OutboxChannel.Webhook => DeliverWebhookAsync(db, message, cancellationToken),
        _ => throw new NotSupportedException($"No delivery for channel {message.Channel}."),
    };

    /// <summary>Posts the event and writes the attempt to the endpoint's delivery log; a non-2xx answer is a failure.</summary>
    private async Task DeliverWebhookAsync(AppDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var endpointId = Guid.Parse(message.Recipient);
        var endpoint = await db.WebhookEndpoints.IgnoreQueryFilters().SingleOrDefaultAsync(e => e.Id == endpointId, cancellationToken);
        if (endpoint is not { IsActive: true })
        {
            throw new InvalidOperationException("The webhook endpoint was deactivated.");
        }

        var result = await webhooks.SendAsync(endpoint.Url, endpoint.Secret, message.Id, message.Type, message.Payload, cancellationToken);
        db.WebhookDeliveries.Add(WebhookDelivery.Record(message, endpoint.Id, message.Attempts + 1, result.StatusCode, result.Error, result.Succeeded, clock.GetUtcNow()));
        if (!result.Succeeded)
        {
            throw new HttpRequestException(result.Error);
        }
    }

    /// <summary>Exponential backoff with ±20% jitter, so failing messages do not all come back at once.</summary>
    private TimeSpan RetryDelay(int attempt)
    {
        var exponential = _options.RetryBaseDelay.TotalSeconds * Math.Pow(2, Math.Min(attempt - 1, 20));
        var capped = Math.Min(exponential, _options.RetryMaxDelay.TotalSeconds);
        return TimeSpan.FromSeconds(capped * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}
