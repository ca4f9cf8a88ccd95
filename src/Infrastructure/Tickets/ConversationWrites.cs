using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PosVendas.Domain.Notifications;
using PosVendas.Domain.Tickets;

namespace PosVendas.Infrastructure.Tickets;

/// <summary>
/// What a customer's reply or confirmation writes, sent through Npgsql in one batch (ADR 0024). The ticket is loaded
/// untracked and enlisted here (<see cref="TicketCommandReads.CustomersTicketAsync"/>); when the command saves, this
/// writes what its conversation added: the new comments and status changes, the ticket's status and last activity,
/// and the outbox messages the change caused. EF Core then saves whatever else the command changed (claimed
/// attachments). A ticket enlisted here must change through its conversation only: nothing else of it is written.
/// </summary>
internal sealed class ConversationWrites
{
    private readonly List<(Ticket Ticket, uint Version)> _tickets = [];

    public bool IsEmpty => _tickets.Count == 0;

    /// <summary>The enlisted tickets, whose domain events the unit of work collects with the tracked aggregates'.</summary>
    public IEnumerable<Ticket> Tickets => _tickets.Select(entry => entry.Ticket);

    /// <summary>Enlists a ticket loaded untracked and without its history, at <paramref name="version"/> (its xmin).</summary>
    public void Enlist(Ticket ticket, uint version)
    {
        if (ticket.Comments.Count > 0 || ticket.StatusChanges.Count > 0)
        {
            throw new ArgumentException("A ticket is enlisted as loaded, before its conversation changes.", nameof(ticket));
        }

        _tickets.Add((ticket, version));
    }

    public void Clear() => _tickets.Clear();

    /// <summary>
    /// Writes the enlisted tickets' new rows and <paramref name="outbox"/> in one batch on the command's connection and
    /// transaction. A ticket whose version moved meanwhile (its row lock makes that a bug, not a race) fails the save.
    /// </summary>
    public async Task SaveAsync(NpgsqlConnection connection, int? commandTimeout, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        if (commandTimeout is { } timeout)
        {
            batch.Timeout = timeout;
        }

        var updates = new List<NpgsqlBatchCommand>();
        foreach (var (ticket, version) in _tickets)
        {
            if (ticket.Comments.Count == 0 && ticket.StatusChanges.Count == 0)
            {
                continue;
            }

            foreach (var comment in ticket.Comments)
            {
                batch.BatchCommands.Add(InsertComment(comment));
            }

            foreach (var change in ticket.StatusChanges)
            {
                batch.BatchCommands.Add(InsertStatusChange(change));
            }

            var update = UpdateTicket(ticket, version);
            batch.BatchCommands.Add(update);
            updates.Add(update);
        }

        foreach (var message in outbox)
        {
            batch.BatchCommands.Add(InsertOutboxMessage(message));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        if (updates.Any(update => update.RecordsAffected != 1))
        {
            throw new DbUpdateConcurrencyException("A ticket changed under its row lock while its conversation was saved.");
        }

        _tickets.Clear();
    }

    // The columns are EF Core's mapping of each entity, every one of them (ConversationWritesTests checks both).
    internal const string InsertCommentSql =
        """
        INSERT INTO tickets.comments (id, tenant_id, ticket_id, author_kind, author_id, author_name, body, is_internal, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        """;

    internal const string InsertStatusChangeSql =
        """
        INSERT INTO tickets.ticket_status_changes (id, tenant_id, ticket_id, from_status_id, to_status_id, changed_by_kind, changed_by_id, changed_by_name, is_automatic, changed_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        """;

    internal const string UpdateTicketSql =
        """
        UPDATE tickets.tickets SET status_id = $1, last_activity_at = $2
        WHERE id = $3 AND xmin = $4
        """;

    internal const string InsertOutboxMessageSql =
        """
        INSERT INTO notifications.outbox_messages (id, tenant_id, channel, type, recipient, payload, status, attempts, created_at, next_attempt_at, delivered_at, last_error)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
        """;

    private static NpgsqlBatchCommand InsertComment(Comment comment) => new(InsertCommentSql)
    {
        Parameters =
        {
            new NpgsqlParameter<Guid> { TypedValue = comment.Id },
            new NpgsqlParameter<Guid> { TypedValue = comment.TenantId },
            new NpgsqlParameter<Guid> { TypedValue = comment.TicketId },
            new NpgsqlParameter<string> { TypedValue = comment.AuthorKind.ToString() },
            new NpgsqlParameter<string> { TypedValue = comment.AuthorId },
            new NpgsqlParameter<string> { TypedValue = comment.AuthorName },
            new NpgsqlParameter<string> { TypedValue = comment.Body },
            new NpgsqlParameter<bool> { TypedValue = comment.IsInternal },
            new NpgsqlParameter<DateTimeOffset> { TypedValue = comment.CreatedAt },
        },
    };

    private static NpgsqlBatchCommand InsertStatusChange(TicketStatusChange change) => new(InsertStatusChangeSql)
    {
        Parameters =
        {
            new NpgsqlParameter<Guid> { TypedValue = change.Id },
            new NpgsqlParameter<Guid> { TypedValue = change.TenantId },
            new NpgsqlParameter<Guid> { TypedValue = change.TicketId },
            new NpgsqlParameter<Guid> { TypedValue = change.FromStatusId },
            new NpgsqlParameter<Guid> { TypedValue = change.ToStatusId },
            new NpgsqlParameter<string> { TypedValue = change.ChangedByKind.ToString() },
            new NpgsqlParameter<string> { TypedValue = change.ChangedById },
            new NpgsqlParameter<string> { TypedValue = change.ChangedByName },
            new NpgsqlParameter<bool> { TypedValue = change.IsAutomatic },
            new NpgsqlParameter<DateTimeOffset> { TypedValue = change.ChangedAt },
        },
    };

    private static NpgsqlBatchCommand UpdateTicket(Ticket ticket, uint version) => new(UpdateTicketSql)
    {
        Parameters =
        {
            new NpgsqlParameter<Guid> { TypedValue = ticket.StatusId },
            new NpgsqlParameter<DateTimeOffset> { TypedValue = ticket.LastActivityAt },
            new NpgsqlParameter<Guid> { TypedValue = ticket.Id },
            new NpgsqlParameter<uint> { TypedValue = version, NpgsqlDbType = NpgsqlDbType.Xid },
        },
    };

    private static NpgsqlBatchCommand InsertOutboxMessage(OutboxMessage message) => new(InsertOutboxMessageSql)
    {
        Parameters =
        {
            new NpgsqlParameter<Guid> { TypedValue = message.Id },
            new NpgsqlParameter<Guid> { TypedValue = message.TenantId },
            new NpgsqlParameter<string> { TypedValue = message.Channel.ToString() },
            new NpgsqlParameter<string> { TypedValue = message.Type },
            new NpgsqlParameter<string> { TypedValue = message.Recipient },
            new NpgsqlParameter<string> { TypedValue = message.Payload, NpgsqlDbType = NpgsqlDbType.Jsonb },
            new NpgsqlParameter<string> { TypedValue = message.Status.ToString() },
            new NpgsqlParameter<int> { TypedValue = message.Attempts },
            new NpgsqlParameter<DateTimeOffset> { TypedValue = message.CreatedAt },
            new NpgsqlParameter<DateTimeOffset> { TypedValue = message.NextAttemptAt },
            new NpgsqlParameter { Value = message.DeliveredAt is { } deliveredAt ? deliveredAt : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz },
            new NpgsqlParameter { Value = message.LastError is { } lastError ? lastError : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar },
        },
    };
}
