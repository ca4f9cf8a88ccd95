using Npgsql;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Tickets;
using PosVendas.Domain.Workflow;

namespace PosVendas.Infrastructure.Tickets;

/// <summary>
/// The customer's list in one statement sent through Npgsql, without a database context: on the most requested
/// endpoint, leasing a context and running EF Core's query pipeline cost about a fifth of the API's CPU per request
/// (ADR 0008). The tenant is in every table's condition, as EF Core's query filter
/// would have put it. The page of tickets is cut first and only then joined to its labels, so every page reads
/// <c>take</c> entries of the <c>(tenant_id, customer_id, number DESC)</c> index however deep it is (ADR 0002), and as
/// many of the shared tickets' index.
/// </summary>
internal sealed class PostgresTicketListReader(NpgsqlDataSource dataSource) : ITicketListReader
{
    // Parameters: $1 tenant, $2 customer, $3 numbers below, $4 how many; then, in the filtered statements, the status
    // and the categories (as the catalog stores them) in that order, numbered from $5.
    //
    // Two branches, each cut to the page by its own index before they are merged: the customer's tickets, and the
    // tickets others shared with a unit the customer owns or co-owns (SharedUnits). A customer without occupancies
    // pays for the second branch with a look-up of their row and two empty index probes.
    private const string Columns =
        """
        SELECT number, service_type_id, subject_id, status_id, created_at, last_activity_at, customer_id,
               location_kind, location_development_id, location_development_name, location_building_id,
               location_building_name, location_unit_id, location_unit_code, location_common_area_id,
               location_common_area_name, location_description
        FROM tickets.tickets
        """;

    private const string Head =
        """
        SELECT t.number,
               st.id, st.label_pt_br, st.label_en, st.label_es,
               su.id, su.label_pt_br, su.label_en, su.label_es,
               s.id, s.label_pt_br, s.label_en, s.label_es, s.category,
               t.created_at, t.last_activity_at, t.customer_id <> $2,
               t.location_kind, t.location_development_id, t.location_development_name, t.location_building_id,
               t.location_building_name, t.location_unit_id, t.location_unit_code, t.location_common_area_id,
               t.location_common_area_name, t.location_description
        FROM (
            (
        """;

    private const string Own = Columns + "\nWHERE tenant_id = $1 AND customer_id = $2 AND number < $3";

    private const string Shared =
        Columns + "\nWHERE tenant_id = $1 AND shared_with_unit AND customer_id <> $2 AND number < $3\n  AND location_unit_id IN (" +
        SharedUnits.OfCustomer + ")";

    private const string BranchEnd = "\nORDER BY number DESC\nLIMIT $4)";

    private const string Tail =
        """

            ORDER BY number DESC
            LIMIT $4
        ) AS t
        JOIN catalog.service_types AS st ON st.tenant_id = $1 AND st.id = t.service_type_id
        JOIN catalog.subjects AS su ON su.tenant_id = $1 AND su.id = t.subject_id
        JOIN workflow.ticket_statuses AS s ON s.tenant_id = $1 AND s.id = t.status_id
        ORDER BY t.number DESC
        """;

    private const string StatusIs = " AND status_id = $5";

    private const string InCategories =
        " AND status_id IN (SELECT id FROM workflow.ticket_statuses WHERE tenant_id = $1 AND category = ANY(";

    /// <summary>Any status. The benchmarks' raw baseline sends this text too (benchmarks/RawBaseline/Sql.cs).</summary>
    public const string AnyStatus = Head + Own + BranchEnd + "\nUNION ALL\n(" + Shared + BranchEnd + Tail;

    /// <summary>One status: the condition is in the text only when a status is asked for, so each shape has its plan.</summary>
    public const string OneStatus =
        Head + Own + StatusIs + BranchEnd + "\nUNION ALL\n(" + Shared + StatusIs + BranchEnd + Tail;

    /// <summary>The statuses of some categories: the tenant's few statuses are looked up, then the tickets in them.</summary>
    private const string SomeCategories =
        Head + Own + InCategories + "$5))" + BranchEnd + "\nUNION ALL\n(" + Shared + InCategories + "$5))" + BranchEnd + Tail;

    private const string OneStatusOfSomeCategories =
        Head + Own + StatusIs + InCategories + "$6))" + BranchEnd
        + "\nUNION ALL\n(" + Shared + StatusIs + InCategories + "$6))" + BranchEnd + Tail;

    public async Task<IReadOnlyList<TicketSummaryDto>> ReadPageAsync(TicketListPage page, CancellationToken cancellationToken)
    {
        var categories = page.Categories?.Select(category => category.ToString()).ToArray();
        await using var command = dataSource.CreateCommand((page.StatusId, categories) switch
        {
            (null, null) => AnyStatus,
            (not null, null) => OneStatus,
            (null, not null) => SomeCategories,
            (not null, not null) => OneStatusOfSomeCategories,
        });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = page.TenantId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = page.CustomerId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = page.BeforeNumber });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = page.Take });
        if (page.StatusId is { } statusId)
        {
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = statusId });
        }

        if (categories is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = categories });
        }

        // Of each label's three translations, only the one the customer reads is decoded.
        var rows = new List<TicketSummaryDto>(page.Take);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new TicketSummaryDto(
                reader.GetInt32(0),
                new NamedReference(reader.GetGuid(1), LabelColumns.Read(reader, 2, page.Locale)),
                new NamedReference(reader.GetGuid(5), LabelColumns.Read(reader, 6, page.Locale)),
                new StatusDto(reader.GetGuid(9), LabelColumns.Read(reader, 10, page.Locale), Enum.Parse<StatusCategory>(reader.GetString(13))),
                LocationColumns.Read(reader, 17),
                reader.GetFieldValue<DateTimeOffset>(14),
                reader.GetFieldValue<DateTimeOffset>(15),
                reader.GetBoolean(16)));
        }

        return rows;
    }
}
