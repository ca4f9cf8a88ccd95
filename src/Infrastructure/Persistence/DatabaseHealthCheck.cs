using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace PosVendas.Infrastructure.Persistence;

/// <summary>
/// Readiness of the database: a connection from the API's pool answers <c>SELECT 1</c> within <see cref="Deadline"/>.
/// A database that hangs is reported unhealthy when the deadline passes, in time for a load balancer's probe; the
/// abandoned ping ends on its own within the connection string's timeouts (ADR 0016).
/// </summary>
public sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    /// <summary>How long a readiness check waits for the database; readiness answers within about this time.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await PingAsync().WaitAsync(Deadline, cancellationToken);
            return HealthCheckResult.Healthy("The database answers.");
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"The database did not answer within {Deadline.TotalSeconds:0.#} s.");
        }
    }

    private async Task PingAsync()
    {
        await using var command = dataSource.CreateCommand("SELECT 1");
        await command.ExecuteScalarAsync();
    }
}
