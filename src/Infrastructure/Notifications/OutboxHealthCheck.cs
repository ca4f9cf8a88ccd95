using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PosVendas.Application.Common.Telemetry;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Notifications;

/// <summary>
/// Reports the outbox backlog and the age of its oldest pending message, so operators see notifications falling
/// behind, and e-mails kept in a folder outside Development (<see cref="EmailOptions.AllowPickupInProduction"/>). Neither
/// makes the API unready: requests still succeed and nothing is lost. The outbox is read within
/// <see cref="DatabaseHealthCheck.Deadline"/>, in a scope of its own that an abandoned read keeps until it ends (ADR 0016).
/// </summary>
public sealed class OutboxHealthCheck(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<NotificationOptions> options, IHostEnvironment environment) : IHealthCheck
{
    public static readonly TimeSpan LagWarning = TimeSpan.FromMinutes(15);

    /// <summary>The most pending or dead messages readiness counts; more reads as this many.</summary>
    public const int CountCap = 10_000;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        OutboxState state;
        try
        {
            state = await ReadAsync().WaitAsync(DatabaseHealthCheck.Deadline, cancellationToken);
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Degraded($"The outbox could not be read within {DatabaseHealthCheck.Deadline.TotalSeconds:0.#} s.");
        }

        var age = state.OldestPending is { } created ? clock.GetUtcNow() - created : TimeSpan.Zero;
        ProductMetrics.ObserveOutbox(state.Backlog, age);
        var data = new Dictionary<string, object>
        {
            ["backlog"] = state.Backlog,
            ["oldestPendingAgeSeconds"] = Math.Round(age.TotalSeconds),
            ["dead"] = state.Dead,
        };
        if (age > LagWarning)
        {
            return HealthCheckResult.Degraded($"The oldest pending notification is {age.TotalMinutes:0} minutes old.", data: data);
        }

        var email = options.Value.Email;
        return email.UsesPickup && !environment.IsDevelopment()
            ? HealthCheckResult.Degraded($"E-mails are written to {email.PickupDirectory}, not sent (Notifications:Email:Transport is Pickup).", data: data)
            : HealthCheckResult.Healthy("Notifications are flowing.", data);
    }

    /// <summary>
    /// Counts up to <see cref="CountCap"/> from the partial indexes of pending and dead messages, so readiness costs
    /// the same with millions of delivered rows kept; one statement.
    /// </summary>
    private async Task<OutboxState> ReadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var states = await db.Database.SqlQuery<OutboxState>($"""
            SELECT
                (SELECT count(*)::int FROM (SELECT 1 FROM notifications.outbox_messages WHERE status = 'Pending' LIMIT {CountCap}) AS p) AS backlog,
                (SELECT min(created_at) FROM notifications.outbox_messages WHERE status = 'Pending') AS oldest_pending,
                (SELECT count(*)::int FROM (SELECT 1 FROM notifications.outbox_messages WHERE status = 'Dead' LIMIT {CountCap}) AS d) AS dead
            """).ToListAsync();
        return states.Single();
    }

    internal sealed record OutboxState(int Backlog, DateTimeOffset? OldestPending, int Dead);
}
