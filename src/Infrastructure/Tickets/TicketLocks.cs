using Microsoft.EntityFrameworkCore;
using Npgsql;
using PosVendas.Application.Tickets;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Tickets;

internal sealed class TicketLocks(AppDbContext db) : ITicketLocks
{
    private const string LockSql = "SELECT 1 FROM tickets.tickets WHERE tenant_id = $1 AND number = $2 FOR UPDATE";

    public async Task LockAsync(Guid tenantId, int number, CancellationToken cancellationToken)
    {
        // A plain command on the context's connection, inside its open transaction, as the number allocator's: EF's
        // ExecuteSql would build the statement through its pipeline on every reply (ADR 0006).
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A ticket is locked inside the command's transaction.");
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(LockSql, connection)
        {
            CommandTimeout = db.Database.GetCommandTimeout() ?? connection.CommandTimeout,
            Parameters =
            {
                new NpgsqlParameter<Guid> { TypedValue = tenantId },
                new NpgsqlParameter<int> { TypedValue = number },
            },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
