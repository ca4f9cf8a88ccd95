using Microsoft.EntityFrameworkCore;
using Npgsql;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Tickets;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Tickets;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Tickets;

/// <inheritdoc cref="ITicketCommandReads"/>
internal sealed class TicketCommandReads(AppDbContext db) : ITicketCommandReads
{
    public Task<Subject?> SubjectWithServiceTypeAsync(Guid subjectId, CancellationToken cancellationToken) =>
        SubjectWithServiceType(db, subjectId, cancellationToken);

    public async Task<Ticket?> CustomersTicketAsync(int number, Guid customerId, CancellationToken cancellationToken)
    {
        // Untracked: the unit of work writes what its conversation adds by hand (ADR 0024).
        if (await CustomersTicket(db, number, customerId, cancellationToken) is not { } found)
        {
            return null;
        }

        db.Conversations.Enlist(found.Ticket, found.Version);
        return found.Ticket;
    }

    public async Task<bool> IsSharedWithCustomerAsync(Guid tenantId, int number, Guid customerId, CancellationToken cancellationToken)
    {
        // Asked on the way to an error answer, inside the command's transaction; a plain command on its connection, as
        // the shared tickets' condition is written for Npgsql (SharedUnits).
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A command asks inside its transaction.");
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(SharedWithCustomer, connection)
        {
            CommandTimeout = db.Database.GetCommandTimeout() ?? connection.CommandTimeout,
            Parameters =
            {
                new NpgsqlParameter<Guid> { TypedValue = tenantId },
                new NpgsqlParameter<Guid> { TypedValue = customerId },
                new NpgsqlParameter<int> { TypedValue = number },
            },
        };
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<Guid>> LockSolvedQuietSinceAsync(Guid tenantId, DateTimeOffset quietSince, int take, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Tickets are locked inside the command's transaction.");
        }

        // The tenant is in the condition, as the query filter would have put it (raw SQL bypasses the filter).
        return await db.Database
            .SqlQuery<Guid>($"""
                SELECT t.id AS "Value"
                FROM tickets.tickets AS t
                JOIN workflow.ticket_statuses AS s ON s.tenant_id = t.tenant_id AND s.id = t.status_id
                WHERE t.tenant_id = {tenantId} AND s.category = 'Solved' AND t.last_activity_at < {quietSince.ToUniversalTime()}
                ORDER BY t.last_activity_at
                LIMIT {take}
                FOR UPDATE OF t SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Parameters: $1 tenant, $2 customer, $3 number.</summary>
    private const string SharedWithCustomer =
        $"""
        SELECT EXISTS (
            SELECT 1 FROM tickets.tickets AS t
            WHERE t.tenant_id = $1 AND t.number = $3 AND t.customer_id <> $2 AND {SharedUnits.SeenByCustomer})
        """;

    // Each keeps the context's tenant filter.
    private static readonly Func<AppDbContext, Guid, CancellationToken, Task<Subject?>> SubjectWithServiceType =
        EF.CompileAsyncQuery((AppDbContext db, Guid subjectId, CancellationToken _) =>
            db.Subjects.AsNoTracking().Include(s => s.ServiceType).SingleOrDefault(s => s.Id == subjectId));

    private static readonly Func<AppDbContext, int, Guid, CancellationToken, Task<TicketAtVersion?>> CustomersTicket =
        EF.CompileAsyncQuery((AppDbContext db, int number, Guid customerId, CancellationToken _) =>
            db.Tickets.AsNoTracking()
                .Where(t => t.Number == number && t.CustomerId == customerId)
                .Select(t => new TicketAtVersion(t, EF.Property<uint>(t, RowVersion.PropertyName)))
                .SingleOrDefault());

    private sealed record TicketAtVersion(Ticket Ticket, uint Version);
}
