using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PosVendas.Domain.Notifications;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Notifications;

/// <summary>
/// Reports the outbox backlog and the age of its oldest pending message, so operators see notifications falling
/// behind. A backlog does not make the API unready: requests still succeed and nothing is lost.
/// </summary>
public sealed class OutboxHealthCheck(AppDbContext db, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan LagWarning = TimeSpan.FromMinutes(15);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = db.OutboxMessages.IgnoreQueryFilters().Where(m => m.Status == OutboxStatus.Pending);
        var backlog = await pending.CountAsync(cancellationToken);
        var oldest = await pending.MinAsync(m => (DateTimeOffset?)m.CreatedAt, cancellationToken);
        var dead = await db.OutboxMessages.IgnoreQueryFilters().CountAsync(m => m.Status == OutboxStatus.Dead, cancellationToken);
        var age = oldest is { } created ? clock.GetUtcNow() - created : TimeSpan.Zero;

        var data = new Dictionary<string, object>
        {
            ["backlog"] = backlog,
            ["oldestPendingAgeSeconds"] = Math.Round(age.TotalSeconds),
            ["dead"] = dead,
        };
        return age > LagWarning
            ? HealthCheckResult.Degraded($"The oldest pending notification is {age.TotalMinutes:0} minutes old.", data: data)
            : HealthCheckResult.Healthy("Notifications are flowing.", data);
    }
}
