using Npgsql;

namespace PosVendas.Benchmarks.Dataset;

internal sealed record SubjectRow(Guid Id, Guid ServiceTypeId, Guid DepartmentId);

/// <summary>What tenant provisioning created, read back: tenant ids, selectable subjects, the default statuses.</summary>
internal sealed class Catalog
{
    private Catalog(Guid[] tenantIds, List<SubjectRow>[] subjects, Dictionary<Category, Guid>[] statuses, int[] numberOffsets)
    {
        TenantIds = tenantIds;
        Subjects = subjects;
        Statuses = statuses;
        NumberOffsets = numberOffsets;
    }

    public Guid[] TenantIds { get; }

    public List<SubjectRow>[] Subjects { get; }

    /// <summary>Per tenant, the default status of each category of the tenant-wide flow.</summary>
    public Dictionary<Category, Guid>[] Statuses { get; }

    /// <summary>Per tenant, the last ticket number already taken (0 for a fresh tenant).</summary>
    public int[] NumberOffsets { get; }

    public static async Task<Catalog> LoadAsync(NpgsqlDataSource db, DatasetShape shape, CancellationToken cancellationToken)
    {
        var bySlug = Enumerable.Range(0, shape.Tenants).ToDictionary(DatasetShape.Slug);
        var tenantIds = new Guid[shape.Tenants];
        var byId = new Dictionary<Guid, int>();
        await ReadAsync(db, "SELECT id, slug FROM tenancy.tenants WHERE slug LIKE 'bench-%'", reader =>
        {
            if (bySlug.TryGetValue(reader.GetString(1), out var tenant))
            {
                tenantIds[tenant] = reader.GetGuid(0);
                byId[reader.GetGuid(0)] = tenant;
            }
        }, cancellationToken);

        var missing = Array.IndexOf(tenantIds, Guid.Empty);
        if (missing >= 0)
        {
            throw new InvalidOperationException($"Tenant {DatasetShape.Slug(missing)} does not exist.");
        }

        var subjects = Enumerable.Range(0, shape.Tenants).Select(_ => new List<SubjectRow>()).ToArray();
        await ReadAsync(
            db,
            """
            SELECT s.tenant_id, s.id, s.service_type_id, s.department_id
            FROM catalog.subjects s JOIN catalog.service_types st ON st.id = s.service_type_id
            WHERE s.is_active AND st.is_active
            ORDER BY st.sort_order, s.sort_order, s.id
            """,
            reader =>
            {
                if (byId.TryGetValue(reader.GetGuid(0), out var tenant))
                {
                    subjects[tenant].Add(new SubjectRow(reader.GetGuid(1), reader.GetGuid(2), reader.GetGuid(3)));
                }
            },
            cancellationToken);

        var statuses = Enumerable.Range(0, shape.Tenants).Select(_ => new Dictionary<Category, Guid>()).ToArray();
        await ReadAsync(
            db,
            "SELECT tenant_id, id, category FROM workflow.ticket_statuses WHERE service_type_id IS NULL AND is_default AND is_active",
            reader =>
            {
                if (byId.TryGetValue(reader.GetGuid(0), out var tenant) && Enum.TryParse<Category>(reader.GetString(2), out var category))
                {
                    statuses[tenant][category] = reader.GetGuid(1);
                }
            },
            cancellationToken);

        var offsets = new int[shape.Tenants];
        await ReadAsync(
            db,
            """
            SELECT tenant_id, max(number) FROM (
                SELECT tenant_id, number FROM tickets.tickets
                UNION ALL
                SELECT tenant_id, last_number FROM tickets.ticket_number_sequences) AS taken
            GROUP BY tenant_id
            """,
            reader =>
            {
                if (byId.TryGetValue(reader.GetGuid(0), out var tenant))
                {
                    offsets[tenant] = reader.GetInt32(1);
                }
            },
            cancellationToken);

        for (var tenant = 0; tenant < shape.Tenants; tenant++)
        {
            if (subjects[tenant].Count == 0 || Enum.GetValues<Category>().Any(c => !statuses[tenant].ContainsKey(c)))
            {
                throw new InvalidOperationException(
                    $"Tenant {DatasetShape.Slug(tenant)} lacks the default catalog (subjects, or a default status for each of {string.Join(", ", Enum.GetNames<Category>())}).");
            }
        }

        return new Catalog(tenantIds, subjects, statuses, offsets);
    }

    private static async Task ReadAsync(NpgsqlDataSource db, string sql, Action<NpgsqlDataReader> row, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }
}
