using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PosVendas.Application.Common.Telemetry;
using PosVendas.Application.Notifications;
using PosVendas.Domain.Notifications;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Notifications;

/// <summary>
/// Delivers the outbox in three steps, none of which holds a transaction while talking to a mail server or a webhook
/// (ADR 0018):
/// <list type="number">
/// <item>Claim: one statement moves up to <c>BatchSize</c> due messages' <c>next_attempt_at</c> a lease
/// (<c>ClaimLease</c>) ahead, skipping rows another instance is claiming; no other instance picks them while the
/// lease runs.</item>
/// <item>Send, outside any transaction: e-mails in up to <c>DeliveryParallelism</c> lanes, each lane sending its
/// share over one connection; webhooks in rounds of their own, each endpoint's events in order, so a hanging endpoint
/// never delays e-mail. A lane stops before its lease could run out mid-message.</item>
/// <item>Record: one short transaction writes every outcome; what was not sent is due again at once.</item>
/// </list>
/// A crash between claim and record leaves the batch to be sent again when the lease ends, with the same message ids
/// (the e-mails' Message-ID): at least once, never lost.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEmailSender email,
    IWebhookSender webhooks,
    SingleInstanceLock singleInstance,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    /// <summary>E-mails a lane sends over its connection before another lane (and connection) is worth opening.</summary>
    private const int EmailsPerLane = 10;

    private readonly NotificationOptions _options = options.Value;
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    /// <summary>
    /// Claims, sends and records one batch of due e-mails and one of due webhook calls, side by side; returns how many
    /// messages were claimed.
    /// </summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var claimed = await Task.WhenAll(
            DispatchOnceAsync(OutboxChannel.Email, cancellationToken),
            DispatchOnceAsync(OutboxChannel.Webhook, cancellationToken));
        return claimed.Sum();
    }

    /// <summary>
    /// One round of one channel. E-mails and webhooks take their rounds independently, so a webhook endpoint that
    /// hangs until its timeout never holds back the next round of e-mail.
    /// </summary>
    private async Task<int> DispatchOnceAsync(OutboxChannel channel, CancellationToken cancellationToken)
    {
        var (batch, endpoints, deadline) = await ClaimAsync(channel, cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var deliveries = batch.Select(message => new Delivery(message)).ToList();
        try
        {
            if (channel == OutboxChannel.Email)
            {
                var lanes = Math.Clamp((deliveries.Count + EmailsPerLane - 1) / EmailsPerLane, 1, _options.DeliveryParallelism);
                await Task.WhenAll(deliveries
                    .Chunk((deliveries.Count + lanes - 1) / lanes)
                    .Select(lane => SendEmailsAsync(lane, deadline, cancellationToken)));
            }
            else
            {
                await SendWebhooksAsync(deliveries, endpoints, deadline, cancellationToken);
            }
        }
        finally
        {
            // Also when stopping: what was sent is recorded, and what was not is released for the next round.
            await RecordAsync(deliveries);
        }

        cancellationToken.ThrowIfCancellationRequested();
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

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(
        RepeatAsync(() => DeliverAsync(OutboxChannel.Email, stoppingToken), stoppingToken),
        RepeatAsync(() => DeliverAsync(OutboxChannel.Webhook, stoppingToken), stoppingToken),
        RepeatAsync(() => PurgeWhenDueAsync(stoppingToken), stoppingToken));

    /// <summary>Rounds of one channel until a batch comes back less than full.</summary>
    private async Task DeliverAsync(OutboxChannel channel, CancellationToken stoppingToken)
    {
        while (await DispatchOnceAsync(channel, stoppingToken) == _options.BatchSize)
        {
            // A full batch: there may be more due right now.
        }
    }

    private async Task PurgeWhenDueAsync(CancellationToken stoppingToken)
    {
        if (clock.GetUtcNow() < _nextPurge)
        {
            return;
        }

        // One instance purges at a time; the others skip this round.
        await using var purging = await singleInstance.TryAcquireAsync(SingleInstanceJob.OutboxPurge, stoppingToken);
        if (purging is not null)
        {
            await PurgeDeliveredAsync(stoppingToken);
        }

        _nextPurge = clock.GetUtcNow() + PurgeInterval;
    }

    /// <summary>Runs <paramref name="work"/> at every poll interval; a failure is logged and retried at the next.</summary>
    private async Task RepeatAsync(Func<Task> work, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.PollInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await work();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The outbox dispatcher failed; retrying at the next tick");
            }
        }
    }

    private async Task<(List<OutboxMessage> Batch, Dictionary<Guid, WebhookEndpoint> Endpoints, DateTimeOffset Deadline)> ClaimAsync(
        OutboxChannel channel, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var leaseEnd = now + _options.ClaimLease;
        var channelName = channel.ToString();
        var batch = await db.OutboxMessages
            .FromSql($"""
                UPDATE notifications.outbox_messages AS m SET next_attempt_at = {leaseEnd}
                FROM (
                    SELECT id FROM notifications.outbox_messages
                    WHERE status = 'Pending' AND next_attempt_at <= {now} AND channel = {channelName}
                    ORDER BY next_attempt_at
                    LIMIT {_options.BatchSize}
                    FOR UPDATE SKIP LOCKED) AS due
                WHERE m.id = due.id
                RETURNING m.*
                """)
            .IgnoreQueryFilters()
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var endpointIds = channel == OutboxChannel.Webhook ? batch.Select(m => Guid.Parse(m.Recipient)).Distinct().ToList() : [];
        var endpoints = endpointIds.Count == 0
            ? []
            : await db.WebhookEndpoints.IgnoreQueryFilters().AsNoTracking().Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);

        // No message starts once its lease could end before its send times out.
        var deadline = leaseEnd - (channel == OutboxChannel.Email ? _options.Email.Timeout : _options.Webhooks.Timeout);
        return (batch.OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).ToList(), endpoints, deadline);
    }

    /// <summary>One lane: its e-mails in order over one connection to the mail server.</summary>
    private async Task SendEmailsAsync(Delivery[] lane, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        await using var connection = email.StartBatch();
        foreach (var delivery in lane)
        {
            if (cancellationToken.IsCancellationRequested || clock.GetUtcNow() > deadline)
            {
                return;
            }

            await AttemptAsync(delivery, cancellationToken, () => connection.SendAsync(
                JsonSerializer.Deserialize<OutboxEmail>(delivery.Message.Payload) ?? throw new InvalidOperationException("Empty e-mail payload."),
                delivery.Message.Id,
                cancellationToken));
        }
    }

    /// <summary>
    /// Each endpoint's events in order, one after another; endpoints side by side, at most
    /// <c>DeliveryParallelism</c> at once. An endpoint that fails (or hangs until the timeout) gets no more calls this
    /// round: its later events wait for the next, so it costs the other endpoints at most one timeout per round.
    /// </summary>
    private Task SendWebhooksAsync(IEnumerable<Delivery> deliveries, Dictionary<Guid, WebhookEndpoint> endpoints, DateTimeOffset deadline, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            deliveries.GroupBy(delivery => delivery.Message.Recipient),
            new ParallelOptions { MaxDegreeOfParallelism = _options.DeliveryParallelism },
            async (endpointDeliveries, _) =>
            {
                foreach (var delivery in endpointDeliveries)
                {
                    if (cancellationToken.IsCancellationRequested || clock.GetUtcNow() > deadline)
                    {
                        return;
                    }

                    await AttemptAsync(delivery, cancellationToken, () => SendWebhookAsync(delivery, endpoints, cancellationToken));
                    if (delivery.Outcome == Outcome.Failed)
                    {
                        return;
                    }
                }
            });

    private async Task SendWebhookAsync(Delivery delivery, Dictionary<Guid, WebhookEndpoint> endpoints, CancellationToken cancellationToken)
    {
        var message = delivery.Message;
        if (!endpoints.TryGetValue(Guid.Parse(message.Recipient), out var endpoint) || !endpoint.IsActive)
        {
            throw new InvalidOperationException("The webhook endpoint was deactivated.");
        }

        var result = await webhooks.SendAsync(endpoint.Url, endpoint.Secret, message.Id, message.Type, message.Payload, cancellationToken);
        delivery.Log = WebhookDelivery.Record(message, endpoint.Id, message.Attempts + 1, result.StatusCode, result.Error, result.Succeeded, clock.GetUtcNow());
        if (!result.Succeeded)
        {
            throw new HttpRequestException(result.Error);
        }
    }

    /// <summary>Sends one message and notes the outcome; a send cut short by stopping is left unsent, not failed.</summary>
    private async Task AttemptAsync(Delivery delivery, CancellationToken cancellationToken, Func<Task> send)
    {
        try
        {
            await send();
            delivery.Outcome = Outcome.Delivered;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Whether the receiver got it is unknown: it is sent again, with the same id.
        }
        catch (Exception exception)
        {
            delivery.Outcome = Outcome.Failed;
            delivery.Error = exception.Message;
        }
    }

    /// <summary>One short transaction with every outcome of the batch.</summary>
    private async Task RecordAsync(List<Delivery> deliveries)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        foreach (var delivery in deliveries)
        {
            var message = delivery.Message;
            db.OutboxMessages.Attach(message);
            switch (delivery.Outcome)
            {
                case Outcome.Delivered:
                    message.MarkDelivered(now);
                    ProductMetrics.Deliveries.Add(1, ChannelTag(message.Channel), new("result", "delivered"));
                    break;
                case Outcome.Failed:
                    message.MarkFailed(delivery.Error ?? "Unknown error", RetryDelay(message.Attempts + 1), _options.MaxAttempts, now);
                    var level = message.Status == OutboxStatus.Dead ? LogLevel.Error : LogLevel.Warning;
                    ProductMetrics.Deliveries.Add(1, ChannelTag(message.Channel), new("result", message.Status == OutboxStatus.Dead ? "dead" : "failed"));
                    logger.Log(level, "Delivering outbox message {MessageId} ({Type}) failed, attempt {Attempt}: {Reason}", message.Id, message.Type, message.Attempts, delivery.Error);
                    break;
                default:
                    message.Release(now);
                    break;
            }

            if (delivery.Log is not null)
            {
                db.WebhookDeliveries.Add(delivery.Log);
            }
        }

        // Recorded even when the dispatcher is stopping: the statement has its own time budget (ADR 0016).
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static KeyValuePair<string, object?> ChannelTag(OutboxChannel channel) =>
        new("channel", channel == OutboxChannel.Email ? "email" : "webhook");

    /// <summary>Exponential backoff with ±20% jitter, so failing messages do not all come back at once.</summary>
    private TimeSpan RetryDelay(int attempt)
    {
        var exponential = _options.RetryBaseDelay.TotalSeconds * Math.Pow(2, Math.Min(attempt - 1, 20));
        var capped = Math.Min(exponential, _options.RetryMaxDelay.TotalSeconds);
        return TimeSpan.FromSeconds(capped * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    private enum Outcome
    {
        NotSent,
        Delivered,
        Failed,
    }

    /// <summary>A claimed message and what happened to it in this round.</summary>
    private sealed class Delivery(OutboxMessage message)
    {
        public OutboxMessage Message { get; } = message;

        public Outcome Outcome { get; set; }

        public string? Error { get; set; }

        public WebhookDelivery? Log { get; set; }
    }
}
