using Npgsql;

namespace PosVendas.Benchmarks.Dataset;

internal sealed record IndexDefinition(string Table, string Name, string Definition);

internal sealed record ForeignKeyDefinition(string Table, string Name, string Definition);

/// <summary>
/// The secondary indexes (unique ones included, primary keys kept) and foreign keys of the loaded tables, read from
/// the catalog as the migrations created them and dropped inside the load transaction, to be recreated verbatim.
/// </summary>
internal sealed record SchemaObjects(IReadOnlyList<IndexDefinition> Indexes, IReadOnlyList<ForeignKeyDefinition> ForeignKeys)
{
    public static async Task<SchemaObjects> DropAsync(NpgsqlConnection connection, string[] tables, CancellationToken cancellationToken)
    {
        var indexes = new List<IndexDefinition>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT x.indrelid::regclass::text, quote_ident(n.nspname) || '.' || quote_ident(i.relname), pg_get_indexdef(x.indexrelid)
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_namespace n ON n.oid = i.relnamespace
            WHERE x.indrelid = ANY (SELECT unnest(@tables::text[])::regclass)
              AND NOT x.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
            ORDER BY i.relname
            """,
            connection))
        {
            command.Parameters.AddWithValue("tables", tables);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add(new IndexDefinition(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var foreignKeys = new List<ForeignKeyDefinition>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
            FROM pg_constraint
            WHERE contype = 'f' AND conrelid = ANY (SELECT unnest(@tables::text[])::regclass)
            ORDER BY conrelid::regclass::text, conname
            """,
            connection))
        {
            command.Parameters.AddWithValue("tables", tables);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                foreignKeys.Add(new ForeignKeyDefinition(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var foreignKey in foreignKeys)
        {
            await using var drop = new NpgsqlCommand($"ALTER TABLE {foreignKey.Table} DROP CONSTRAINT \"{foreignKey.Name}\"", connection);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var index in indexes)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX {index.Name}", connection);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        Console.WriteLine($"  dropped {indexes.Count} secondary indexes and {foreignKeys.Count} foreign keys of {string.Join(", ", tables)} for the load");
        return new SchemaObjects(indexes, foreignKeys);
    }
}
