using Npgsql;

namespace PosVendas.Infrastructure.Persistence;

/// <summary>The background jobs that run on one API instance at a time.</summary>
public enum SingleInstanceJob
{
    OutboxPurge = 1,
    UploadSweep = 2,
    AutoClose = 3,
    Migrate = 4,
}

/// <summary>
/// Lets one instance of a job run at a time across every API instance on the database: a PostgreSQL session advisory
/// lock, held on a connection of its own for as long as the job runs (ADR 0018). An instance that does not get the
/// lock skips that round; a crashed holder's connection closes and its lock goes with it.
/// </summary>
public sealed class SingleInstanceLock(NpgsqlDataSource dataSource)
{
    /// <summary>The advisory lock keys of PosVendas's jobs: this prefix and the job's number.</summary>
    private const long KeyPrefix = 0x506F7356_00000000; // "PosV"

    /// <returns>The held lock, to dispose when the job ends; null when another instance holds it.</returns>
    public Task<IAsyncDisposable?> TryAcquireAsync(SingleInstanceJob job, CancellationToken cancellationToken) =>
        LockAsync("SELECT pg_try_advisory_lock($1)", job, cancellationToken);

    /// <summary>
    /// Waits, for as long as it takes, until no other instance runs the job, then holds it. It asks again every
    /// <see cref="RetryInterval"/> rather than waiting inside <c>pg_advisory_lock</c>: a statement waiting there keeps a
    /// snapshot open, and a holder migrating meanwhile (<c>CREATE INDEX CONCURRENTLY</c> waits for every older
    /// snapshot) would wait for the waiter while the waiter waits for it.
    /// </summary>
    public async Task<IAsyncDisposable> AcquireAsync(SingleInstanceJob job, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await TryAcquireAsync(job, cancellationToken) is { } held)
            {
                return held;
            }

            await Task.Delay(RetryInterval, cancellationToken);
        }
    }

    /// <summary>How often <see cref="AcquireAsync"/> asks again while another instance holds the job.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Runs <paramref name="sql"/> (true when the lock is taken) on a connection of its own, which the returned lock
    /// keeps.
    /// </summary>
    private async Task<IAsyncDisposable?> LockAsync(string sql, SingleInstanceJob job, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + (long)job;
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0, Parameters = { new() { Value = key } } };
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Held(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    private sealed class Held(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection) { Parameters = { new() { Value = key } } };
                await command.ExecuteScalarAsync(CancellationToken.None);
            }
            finally
            {
                // Returning the connection to the pool resets its session, advisory locks included.
                await connection.DisposeAsync();
            }
        }
    }
}
