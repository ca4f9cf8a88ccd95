using System.Diagnostics.Metrics;

namespace PosVendas.Application.Common.Telemetry;

/// <summary>
/// The product's own metrics (meter <c>PosVendas</c>), exported with the runtime's and ASP.NET Core's by OpenTelemetry
/// (ADR 0020). Tags carry kinds and outcomes only: never a tenant, a person or a text.
/// </summary>
public static class ProductMetrics
{
    public const string MeterName = "PosVendas";

    private static readonly Meter Meter = new(MeterName);

    private static long _outboxBacklog;
    private static double _outboxOldestAgeSeconds;

    /// <summary>Tickets opened (committed openings; a replayed request is not counted again).</summary>
    public static readonly Counter<long> TicketsOpened = Meter.CreateCounter<long>(
        "posvendas.tickets.opened", "{ticket}", "Tickets opened");

    /// <summary>Notification delivery attempts by <c>channel</c> (email, webhook) and <c>result</c> (delivered, failed, dead).</summary>
    public static readonly Counter<long> Deliveries = Meter.CreateCounter<long>(
        "posvendas.notifications.deliveries", "{attempt}", "Notification delivery attempts by channel and result");

    /// <summary>Requests refused by the rate limits.</summary>
    public static readonly Counter<long> RateLimitRejections = Meter.CreateCounter<long>(
        "posvendas.ratelimit.rejections", "{request}", "Requests refused with 429 by the rate limits");

    static ProductMetrics()
    {
        Meter.CreateObservableGauge(
            "posvendas.notifications.backlog", () => Interlocked.Read(ref _outboxBacklog), "{message}", "Pending notifications, as readiness last counted them (up to 10,000)");
        Meter.CreateObservableGauge(
            "posvendas.notifications.oldest_pending_age", () => Volatile.Read(ref _outboxOldestAgeSeconds), "s", "Age of the oldest pending notification, as readiness last read it");
    }

    /// <summary>Records what readiness read of the outbox, for the backlog gauges.</summary>
    public static void ObserveOutbox(long backlog, TimeSpan oldestPendingAge)
    {
        Interlocked.Exchange(ref _outboxBacklog, backlog);
        Volatile.Write(ref _outboxOldestAgeSeconds, Math.Round(oldestPendingAge.TotalSeconds));
    }
}
