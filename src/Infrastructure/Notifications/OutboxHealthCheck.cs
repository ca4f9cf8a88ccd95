using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PosVendas.Domain.Notifications;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Notifications;

/// <summary>
/// Reports the outbox backlog and the age of its oldest pending message, so operators see notifications falling
/// behind, and e-mails kept in a folder outside Development (<see cref="EmailOptions.AllowPickupInProduction"/>). Neither
/// makes the API unready: requests still succeed and nothing is lost.
/// </summary>
public sealed class OutboxHealthCheck(AppDbContext db, TimeProvider clock, IOptions<NotificationOptions> options, IHostEnvironment environment) : IHealthCheck
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
        if (age > LagWarning)
        {
            return HealthCheckResult.Degraded($"The oldest pending notification is {age.TotalMinutes:0} minutes old.", data: data);
        }

        var email = options.Value.Email;
        return email.UsesPickup && !environment.IsDevelopment()
            ? HealthCheckResult.Degraded($"E-mails are written to {email.PickupDirectory}, not sent (Notifications:Email:Transport is Pickup).", data: data)
            : HealthCheckResult.Healthy("Notifications are flowing.", data);
    }
}
