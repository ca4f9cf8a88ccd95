using Npgsql;
using PosVendas.Application.Tickets;
using PosVendas.Domain.Common;
using PosVendas.Domain.Workflow;

namespace PosVendas.Infrastructure.Tickets;

/// <summary>
/// The customer's list in one statement sent through Npgsql, without a database context: on the most requested
/// endpoint, leasing a context and running EF Core's query pipeline cost about a fifth of the API's CPU per request
/// (docs/benchmarks.md section 20, ADR 0008). The tenant is in every table's condition, as EF Core's query filter
/// would have put it. The page of tickets is cut first and only then joined to its labels, so every page reads
/// <c>take</c> entries of the <c>(tenant_id, customer_id, number DESC)</c> index however deep it is (ADR 0002).
/// </summary>
internal sealed class PostgresTicketListReader(NpgsqlDataSource dataSource) : ITicketListReader
{
    // Parameters: $1 tenant, $2 customer, $3 numbers below, $4 how many, $5 status (only in the filtered statement).
    private const string Select =
        """
        SELECT t.number,
               st.id, st.name, st.label_pt_br, st.label_en, st.label_es,
               su.id, su.name, su.label_pt_br, su.label_en, su.label_es,
               s.id, s.name, s.label_pt_br, s.label_en, s.label_es, s.category,
               t.created_at, t.last_activity_at
        FROM (
            SELECT number, service_type_id, subject_id, status_id, created_at, last_activity_at
            FROM tickets.tickets
            WHERE tenant_id = $1 AND customer_id = $2 AND number < $3
        """;

    private const string JoinLabels =
        """

            ORDER BY number DESC
            LIMIT $4
        ) AS t
        JOIN catalog.service_types AS st ON st.tenant_id = $1 AND st.id = t.service_type_id
        JOIN catalog.subjects AS su ON su.tenant_id = $1 AND su.id = t.subject_id
        JOIN workflow.ticket_statuses AS s ON s.tenant_id = $1 AND s.id = t.status_id
        ORDER BY t.number DESC
        """;

    /// <summary>Any status. The benchmarks' raw baseline sends this text too (benchmarks/RawBaseline/Sql.cs).</summary>
    public const string AnyStatus = Select + JoinLabels;

    /// <summary>One status: the condition is in the text only when a status is asked for, so each shape has its plan.</summary>
    public const string OneStatus = Select + " AND status_id = $5" + JoinLabels;

    public async Task<IReadOnlyList<TicketListRow>> ReadPageAsync(TicketListPage page, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(page.StatusId is null ? AnyStatus : OneStatus);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = page.TenantId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = page.CustomerId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = page.BeforeNumber });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = page.Take });
        if (page.StatusId is { } statusId)
        {
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = statusId });
        }

        var rows = new List<TicketListRow>(page.Take);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new TicketListRow(
                reader.GetInt32(0),
                new CatalogRow(reader.GetGuid(1), reader.GetString(2), Label(reader, 3)),
                new CatalogRow(reader.GetGuid(6), reader.GetString(7), Label(reader, 8)),
                new StatusRow(reader.GetGuid(11), reader.GetString(12), Label(reader, 13), Enum.Parse<StatusCategory>(reader.GetString(16))),
                reader.GetFieldValue<DateTimeOffset>(17),
                reader.GetFieldValue<DateTimeOffset>(18)));
        }

        return rows;
    }

    /// <summary>The label in its three columns, from <paramref name="ptBr"/> on: Portuguese, English, Spanish.</summary>
    private static LocalizedText Label(NpgsqlDataReader reader, int ptBr) =>
        new(Text(reader, ptBr), Text(reader, ptBr + 1), Text(reader, ptBr + 2));

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
