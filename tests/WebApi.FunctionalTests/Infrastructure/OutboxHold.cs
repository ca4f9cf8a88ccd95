using Npgsql;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// Stops a creating request inside its transaction: with the outbox table locked, the request waits at its outbox
/// insert, after its ticket, claims and idempotency key, before its commit. Disposing the returned connection ends
/// the lock and lets the request go on.
/// </summary>
internal static class OutboxHold
{
    /// <summary>Holds a SHARE lock on the outbox table: reads go on, inserts wait until it is released.</summary>
    public static async Task<NpgsqlConnection> LockOutboxAsync(this PosVendasApiFactory api)
    {
        var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("BEGIN; LOCK TABLE notifications.outbox_messages IN SHARE MODE;", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>Waits until a session is blocked on the outbox insert, and returns its backend pid.</summary>
    public static async Task<int> WaitForBlockedOutboxInsertAsync(this PosVendasApiFactory api)
    {
        var backend = 0;
        await Poll.UntilAsync(async () =>
        {
            backend = await api.ScalarAsync<int>(
                """
                SELECT coalesce(max(pid), 0) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO notifications.outbox_messages%'
                """);
            return backend != 0;
        });
        return backend;
    }
}
