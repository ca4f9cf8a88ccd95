using Microsoft.EntityFrameworkCore;
using Npgsql;
using PosVendas.Application.Tickets;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Tickets;

internal sealed class TicketNumberAllocator(AppDbContext db) : ITicketNumberAllocator
{
    /// <summary>
    /// The first key of the advisory lock that queues a tenant's openings (the second is a hash of the tenant id).
    /// Two-key advisory locks do not share keys with the one-key locks of idempotency claims.
    /// </summary>
    private const int OpeningQueueLockClass = 1;

    private const string NextNumberSql = """
        INSERT INTO tickets.ticket_number_sequences AS s (tenant_id, last_number)
        SELECT $1, 1
        FROM (SELECT pg_advisory_xact_lock($2, hashtext($1::text))) AS queued
        ON CONFLICT (tenant_id) DO UPDATE SET last_number = s.last_number + 1
        RETURNING s.last_number
        """;

    public async Task<int> NextAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        // The upsert locks the tenant's row until the transaction ends, so concurrent openings in one tenant take
        // consecutive numbers one after the other, and a rolled-back opening gives its number back. They line up on
        // an advisory lock first: it hands over to one waiter at a time, in order, where many waiters on the row
        // itself would all wake at each commit and retry against its new version, which took throughput down
        // sharply as openings queued (ADR 0002).
        //
        // A plain command on the context's connection, inside its open transaction and with EF's command timeout:
        // EF's SqlQuery would take the statement through its query pipeline on every opening for one scalar
        // (ADR 0006).
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A ticket number is taken inside the opening's transaction.");
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(NextNumberSql, connection)
        {
            CommandTimeout = db.Database.GetCommandTimeout() ?? connection.CommandTimeout,
            Parameters =
            {
                new NpgsqlParameter<Guid> { TypedValue = tenantId },
                new NpgsqlParameter<int> { TypedValue = OpeningQueueLockClass },
            },
        };
        var number = await command.ExecuteScalarAsync(cancellationToken);
        return (int)number!;
    }
}
