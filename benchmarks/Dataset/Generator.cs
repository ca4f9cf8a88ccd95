using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace PosVendas.Benchmarks.Dataset;

/// <summary>
/// Fills a migrated database: tenants through the product's own CLI (<c>tenant add</c>, so they get the product's
/// default catalog and statuses), then customers, tickets, comments and status changes through binary COPY into the
/// product's tables, in one transaction. Secondary indexes and foreign keys of those tables are dropped first and
/// recreated from their own definitions afterwards (the usual bulk-load order: each index is built once, sorted,
/// and each foreign key is checked by one join instead of one lookup per row); if anything fails the transaction
/// rolls back and the schema is as the migrations left it.
/// </summary>
internal sealed class Generator(NpgsqlDataSource db, string connectionString, DatasetShape shape, double scale, ulong seed, string? webApiDll)
{
    private const int StaffPerTenant = 5;

    private static readonly DateTime WindowStart = new(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Window = TimeSpan.FromDays(3 * 365);
    private static readonly string[] LoadedTables = ["tenancy.customers", "tickets.tickets", "tickets.comments", "tickets.ticket_status_changes"];

    private readonly List<(string Step, long Rows, TimeSpan Elapsed)> _timings = [];
    private readonly StringBuilder _text = new();

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        if (!await IsMigratedAsync(cancellationToken))
        {
            await Console.Error.WriteLineAsync("The database has no tickets.tickets table: run 'PosVendas.WebApi.dll migrate' first.");
            return 2;
        }

        switch (await ExistingDatasetAsync(cancellationToken))
        {
            case (true, true):
                Console.WriteLine($"A dataset of scale {Format(scale)} and seed {seed} is already loaded; nothing to do.");
                return 0;
            case (true, false):
                await Console.Error.WriteLineAsync("This database holds a benchmark dataset of another scale or seed; use a fresh database.");
                return 4;
        }

        Console.WriteLine(
            $"Dataset scale {Format(scale)}, seed {seed}: {shape.Tenants} tenants, {shape.TotalCustomers:N0} customers, "
            + $"{shape.TotalTickets:N0} tickets ({shape.TicketsPerTenant[0]:N0} in {DatasetShape.Slug(0)}, {shape.DeepTickets:N0} for its first customer), "
            + $"{shape.Comments:N0} comments.");

        await TimedAsync("tenants (product CLI 'tenant add')", shape.Tenants, () => ProvisionTenantsAsync(cancellationToken));
        var catalog = await Catalog.LoadAsync(db, shape, cancellationToken);

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, "SET LOCAL maintenance_work_mem = '1GB'; SET LOCAL synchronous_commit = off", cancellationToken);
        var schema = await SchemaObjects.DropAsync(connection, LoadedTables, cancellationToken);

        var customers = Time("copy tenancy.customers", () => CopyCustomers(connection, catalog));
        var tickets = Time("copy tickets.tickets", () => CopyTickets(connection, catalog, customers));
        Time("copy tickets.comments", () => CopyComments(connection, catalog, customers, tickets));
        Time("copy tickets.ticket_status_changes", () => CopyStatusChanges(connection, catalog, tickets));

        foreach (var index in schema.Indexes)
        {
            await TimedAsync($"index {index.Name}", 0, () => ExecuteAsync(connection, index.Definition, cancellationToken), $"indexes of {index.Table}");
        }

        foreach (var foreignKey in schema.ForeignKeys)
        {
            await TimedAsync(
                $"foreign key {foreignKey.Name}",
                0,
                () => ExecuteAsync(connection, $"ALTER TABLE {foreignKey.Table} ADD CONSTRAINT \"{foreignKey.Name}\" {foreignKey.Definition}", cancellationToken),
                $"foreign keys of {foreignKey.Table}");
        }

        await TimedAsync("ticket number sequences", shape.Tenants, () => UpdateSequencesAsync(connection, catalog, cancellationToken));
        await RecordDatasetAsync(connection, customers.Ids[shape.CustomerOffsets[0]], tickets.StatusChanges, total.Elapsed, cancellationToken);
        await TimedAsync("commit", 0, () => transaction.CommitAsync(cancellationToken));

        foreach (var table in LoadedTables)
        {
            await TimedAsync($"vacuum analyze {table}", 0, () => ExecuteAsync(connection, $"VACUUM (ANALYZE) {table}", cancellationToken));
        }

        await TimedAsync("analyze (whole database)", 0, () => ExecuteAsync(connection, "ANALYZE", cancellationToken));
        await ExecuteAsync(
            connection,
            string.Create(CultureInfo.InvariantCulture, $"UPDATE benchmark.datasets SET load_seconds = {total.Elapsed.TotalSeconds:F1}"),
            cancellationToken);

        PrintTimings(total.Elapsed);
        return 0;
    }

    private async Task<bool> IsMigratedAsync(CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("SELECT to_regclass('tickets.tickets') IS NOT NULL");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Whether a dataset was loaded before, and whether it is this one.</summary>
    private async Task<(bool Exists, bool Same)> ExistingDatasetAsync(CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand(
            """
            CREATE SCHEMA IF NOT EXISTS benchmark;
            CREATE TABLE IF NOT EXISTS benchmark.datasets (
                scale double precision NOT NULL,
                seed bigint NOT NULL,
                tenants integer NOT NULL,
                customers integer NOT NULL,
                tickets integer NOT NULL,
                comments bigint NOT NULL,
                status_changes bigint NOT NULL,
                large_tenant_slug text NOT NULL,
                deep_customer_id uuid NOT NULL,
                loaded_at timestamptz NOT NULL,
                load_seconds double precision NOT NULL);
            SELECT scale, seed FROM benchmark.datasets;
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return (false, false);
        }

        return (true, Math.Abs(reader.GetDouble(0) - scale) < 1e-9 && reader.GetInt64(1) == (long)seed);
    }

    private async Task ProvisionTenantsAsync(CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = db.CreateCommand("SELECT slug FROM tenancy.tenants WHERE slug LIKE 'bench-%'"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                existing.Add(reader.GetString(0));
            }
        }

        var missing = Enumerable.Range(0, shape.Tenants).Where(t => !existing.Contains(DatasetShape.Slug(t))).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        if (webApiDll is null)
        {
            throw new ArgumentException($"{missing.Count} tenants are missing: pass --webapi <path to PosVendas.WebApi.dll> to provision them.");
        }

        var done = 0;
        await Parallel.ForEachAsync(
            missing,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (tenant, token) =>
            {
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (var argument in new[] { webApiDll, "tenant", "add", DatasetShape.Slug(tenant), "--name", TenantName(tenant), "--locale", "pt-BR" })
                {
                    start.ArgumentList.Add(argument);
                }

                start.Environment["ConnectionStrings__Postgres"] = connectionString;
                using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
                var output = process.StandardOutput.ReadToEndAsync(token);
                var errors = process.StandardError.ReadToEndAsync(token);
                await process.WaitForExitAsync(token);
                // 3: the slug exists already (a previous, interrupted run); that is what we want.
                if (process.ExitCode is not (0 or 3))
                {
                    throw new InvalidOperationException(
                        $"'tenant add {DatasetShape.Slug(tenant)}' exited with {process.ExitCode}: {await output}{await errors}");
                }

                var count = Interlocked.Increment(ref done);
                if (count % 20 == 0 || count == missing.Count)
                {
                    Console.WriteLine($"  provisioned {count}/{missing.Count} tenants");
                }
            });
    }

    private static string TenantName(int tenant) =>
        tenant == 0 ? "Incorporadora Benchmark 001 (grande)" : $"Incorporadora Benchmark {tenant + 1:D3}";

    private CustomerRows CopyCustomers(NpgsqlConnection connection, Catalog catalog)
    {
        var ids = new Guid[shape.TotalCustomers];
        var names = new string[shape.TotalCustomers];
        using var writer = connection.BeginBinaryImport(
            "COPY tenancy.customers (id, tenant_id, subject, email, name, locale, created_at, updated_at) FROM STDIN (FORMAT BINARY)");
        for (var tenant = 0; tenant < shape.Tenants; tenant++)
        {
            for (var local = 0; local < shape.CustomersPerTenant[tenant]; local++)
            {
                var index = shape.CustomerOffsets[tenant] + local;
                var rng = new Rng(seed, Streams.Customer, (ulong)index);
                var first = Vocabulary.FirstName(ref rng);
                var last = Vocabulary.LastName(ref rng);
                var roll = rng.NextDouble();
                var locale = roll < 0.85 ? null : roll < 0.95 ? "pt-BR" : roll < 0.98 ? "en" : "es";
                var created = WindowStart - TimeSpan.FromMinutes(rng.Next(365 * 24 * 60));
                ids[index] = Uuid7.Create(created, ref rng);
                names[index] = $"{first} {last}";

                writer.StartRow();
                writer.Write(ids[index], NpgsqlDbType.Uuid);
                writer.Write(catalog.TenantIds[tenant], NpgsqlDbType.Uuid);
                writer.Write(CustomerSubject(tenant, local), NpgsqlDbType.Varchar);
                writer.Write(
                    $"{Vocabulary.Ascii(first)}.{Vocabulary.Ascii(last)}.{local}@{DatasetShape.Slug(tenant)}.example.com",
                    NpgsqlDbType.Varchar);
                writer.Write(names[index], NpgsqlDbType.Varchar);
                if (locale is null)
                {
                    writer.WriteNull();
                }
                else
                {
                    writer.Write(locale, NpgsqlDbType.Varchar);
                }

                writer.Write(created, NpgsqlDbType.TimestampTz);
                writer.Write(created, NpgsqlDbType.TimestampTz);
            }
        }

        var rows = writer.Complete();
        return new CustomerRows(ids, names, (long)rows);
    }

    /// <summary>The token subject of a generated customer: what the API's caller resolver looks customers up by.</summary>
    public static string CustomerSubject(int tenant, int local) => $"idp|{DatasetShape.Slug(tenant)}|{local:D6}";

    private TicketRows CopyTickets(NpgsqlConnection connection, Catalog catalog, CustomerRows customers)
    {
        var count = shape.TotalTickets;
        var rows = new TicketRows(count, CommentCounts(count));
        Span<PlannedComment> plan = stackalloc PlannedComment[Conversation.MaxComments];
        using var writer = connection.BeginBinaryImport(
            "COPY tickets.tickets (id, tenant_id, number, customer_id, service_type_id, subject_id, department_id, description, status_id, created_at, last_activity_at) FROM STDIN (FORMAT BINARY)");
        for (var tenant = 0; tenant < shape.Tenants; tenant++)
        {
            var tickets = shape.TicketsPerTenant[tenant];
            var customerCount = shape.CustomersPerTenant[tenant];
            var assignment = new Rng(seed, Streams.Assignment, (ulong)tenant);
            var deepLeft = tenant == 0 ? shape.DeepTickets : 0;
            for (var local = 0; local < tickets; local++)
            {
                var index = shape.TicketOffsets[tenant] + local;

                // Exactly DeepTickets of the large tenant's tickets go to its first customer, spread over time
                // (selection sampling); every other ticket goes to one of the tenant's other customers.
                int customer;
                if (deepLeft > 0 && assignment.Next(tickets - local) < deepLeft)
                {
                    customer = 0;
                    deepLeft--;
                }
                else
                {
                    customer = customerCount > 1 ? assignment.Next(1, customerCount) : 0;
                }

                var rng = new Rng(seed, Streams.Ticket, (ulong)index);
                var created = WindowStart + (Window * ((local + rng.NextDouble()) / tickets));
                created = new DateTime(created.Ticks - (created.Ticks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc);
                var age = 1 - ((double)local / tickets);
                var status = StatusFor(age, ref rng);
                var subject = rng.Pick(catalog.Subjects[tenant]);
                Conversation.Plan(seed, index, created, rows.CommentCounts[index], status, plan, out var lastActivity, out var changedAt);

                rows.Ids[index] = Uuid7.Create(created, ref rng);
                rows.Customers[index] = shape.CustomerOffsets[tenant] + customer;
                rows.Created[index] = created;
                rows.Statuses[index] = status;
                if (changedAt is not null)
                {
                    rows.StatusChanges++;
                }

                writer.StartRow();
                writer.Write(rows.Ids[index], NpgsqlDbType.Uuid);
                writer.Write(catalog.TenantIds[tenant], NpgsqlDbType.Uuid);
                writer.Write(catalog.NumberOffsets[tenant] + local + 1, NpgsqlDbType.Integer);
                writer.Write(customers.Ids[rows.Customers[index]], NpgsqlDbType.Uuid);
                writer.Write(subject.ServiceTypeId, NpgsqlDbType.Uuid);
                writer.Write(subject.Id, NpgsqlDbType.Uuid);
                writer.Write(subject.DepartmentId, NpgsqlDbType.Uuid);
                writer.Write(Vocabulary.Description(ref rng, _text), NpgsqlDbType.Varchar);
                writer.Write(catalog.Statuses[tenant][status], NpgsqlDbType.Uuid);
                writer.Write(created, NpgsqlDbType.TimestampTz);
                writer.Write(lastActivity, NpgsqlDbType.TimestampTz);
            }
        }

        writer.Complete();
        return rows;
    }

    /// <summary>Older tickets are mostly closed; recent ones are spread over the open categories.</summary>
    private static Category StatusFor(double age, ref Rng rng)
    {
        if (rng.Chance(Math.Min(0.95, 0.15 + (0.8 * age))))
        {
            return Category.Closed;
        }

        var roll = rng.NextDouble();
        return roll < 0.30 ? Category.New : roll < 0.65 ? Category.Open : roll < 0.80 ? Category.Pending : Category.OnHold;
    }

    /// <summary>Zero to ten comments per ticket, then nudged one by one until they add up to exactly the target.</summary>
    private byte[] CommentCounts(int tickets)
    {
        var rng = new Rng(seed, Streams.CommentCounts);
        var counts = new byte[tickets];
        var mean = (double)shape.Comments / tickets;
        var high = (int)Math.Min(Conversation.MaxComments / 2, Math.Round(2 * mean));
        long sum = 0;
        for (var i = 0; i < tickets; i++)
        {
            counts[i] = (byte)rng.Next(high + 1);
            sum += counts[i];
        }

        while (sum != shape.Comments)
        {
            var i = rng.Next(tickets);
            if (sum < shape.Comments && counts[i] < Conversation.MaxComments)
            {
                counts[i]++;
                sum++;
            }
            else if (sum > shape.Comments && counts[i] > 0)
            {
                counts[i]--;
                sum--;
            }
        }

        return counts;
    }

    private long CopyComments(NpgsqlConnection connection, Catalog catalog, CustomerRows customers, TicketRows tickets)
    {
        Span<PlannedComment> plan = stackalloc PlannedComment[Conversation.MaxComments];
        using var writer = connection.BeginBinaryImport(
            "COPY tickets.comments (id, tenant_id, ticket_id, author_kind, author_id, author_name, body, created_at, is_internal) FROM STDIN (FORMAT BINARY)");
        for (var tenant = 0; tenant < shape.Tenants; tenant++)
        {
            var staff = Staff(tenant);
            for (var local = 0; local < shape.TicketsPerTenant[tenant]; local++)
            {
                var index = shape.TicketOffsets[tenant] + local;
                var count = Conversation.Plan(
                    seed, index, tickets.Created[index], tickets.CommentCounts[index], tickets.Statuses[index], plan, out _, out _);
                var rng = new Rng(seed, Streams.CommentText, (ulong)index);
                var customer = tickets.Customers[index];
                for (var i = 0; i < count; i++)
                {
                    var comment = plan[i];
                    var (authorId, authorName) = comment.ByStaff ? rng.Pick(staff) : (customers.Ids[customer].ToString(), customers.Names[customer]);
                    writer.StartRow();
                    writer.Write(Uuid7.Create(comment.At, ref rng), NpgsqlDbType.Uuid);
                    writer.Write(catalog.TenantIds[tenant], NpgsqlDbType.Uuid);
                    writer.Write(tickets.Ids[index], NpgsqlDbType.Uuid);
                    writer.Write(comment.ByStaff ? "Staff" : "Customer", NpgsqlDbType.Varchar);
                    writer.Write(authorId, NpgsqlDbType.Varchar);
                    writer.Write(authorName, NpgsqlDbType.Varchar);
                    writer.Write(Vocabulary.Comment(ref rng, comment.ByStaff, _text), NpgsqlDbType.Varchar);
                    writer.Write(comment.At, NpgsqlDbType.TimestampTz);
                    writer.Write(comment.IsInternal, NpgsqlDbType.Boolean);
                }
            }
        }

        return (long)writer.Complete();
    }

    private long CopyStatusChanges(NpgsqlConnection connection, Catalog catalog, TicketRows tickets)
    {
        Span<PlannedComment> plan = stackalloc PlannedComment[Conversation.MaxComments];
        using var writer = connection.BeginBinaryImport(
            "COPY tickets.ticket_status_changes (id, tenant_id, ticket_id, from_status_id, to_status_id, changed_by_kind, changed_by_id, changed_by_name, changed_at) FROM STDIN (FORMAT BINARY)");
        for (var tenant = 0; tenant < shape.Tenants; tenant++)
        {
            var staff = Staff(tenant);
            for (var local = 0; local < shape.TicketsPerTenant[tenant]; local++)
            {
                var index = shape.TicketOffsets[tenant] + local;
                var status = tickets.Statuses[index];
                Conversation.Plan(seed, index, tickets.Created[index], tickets.CommentCounts[index], status, plan, out _, out var changedAt);
                if (changedAt is not { } at)
                {
                    continue;
                }

                var rng = new Rng(seed, Streams.StatusChange, (ulong)index);
                var (staffId, staffName) = rng.Pick(staff);
                writer.StartRow();
                writer.Write(Uuid7.Create(at, ref rng), NpgsqlDbType.Uuid);
                writer.Write(catalog.TenantIds[tenant], NpgsqlDbType.Uuid);
                writer.Write(tickets.Ids[index], NpgsqlDbType.Uuid);
                writer.Write(catalog.Statuses[tenant][Category.New], NpgsqlDbType.Uuid);
                writer.Write(catalog.Statuses[tenant][status], NpgsqlDbType.Uuid);
                writer.Write("Staff", NpgsqlDbType.Varchar);
                writer.Write(staffId, NpgsqlDbType.Varchar);
                writer.Write(staffName, NpgsqlDbType.Varchar);
                writer.Write(at, NpgsqlDbType.TimestampTz);
            }
        }

        return (long)writer.Complete();
    }

    /// <summary>A tenant's staff: token subjects and display names, as staff comments record them.</summary>
    private (string Id, string Name)[] Staff(int tenant)
    {
        var rng = new Rng(seed, Streams.Customer, ulong.MaxValue - (ulong)tenant);
        return [.. Enumerable.Range(0, StaffPerTenant).Select(i =>
            ($"staff|{DatasetShape.Slug(tenant)}|{i}", $"{Vocabulary.FirstName(ref rng)} {Vocabulary.LastName(ref rng)} (Atendimento)"))];
    }

    /// <summary>
    /// The product takes numbers from tickets.ticket_number_sequences (one row per tenant, last_number): it must
    /// continue after the loaded tickets, or the API's next ticket would collide with ix_tickets_tenant_id_number.
    /// </summary>
    private static async Task UpdateSequencesAsync(NpgsqlConnection connection, Catalog catalog, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO tickets.ticket_number_sequences AS s (tenant_id, last_number)
            SELECT tenant_id, max(number) FROM tickets.tickets WHERE tenant_id = ANY(@tenants) GROUP BY tenant_id
            ON CONFLICT (tenant_id) DO UPDATE SET last_number = GREATEST(s.last_number, excluded.last_number)
            """,
            connection);
        command.Parameters.AddWithValue("tenants", catalog.TenantIds);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task RecordDatasetAsync(NpgsqlConnection connection, Guid deepCustomer, long statusChanges, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO benchmark.datasets (scale, seed, tenants, customers, tickets, comments, status_changes, large_tenant_slug, deep_customer_id, loaded_at, load_seconds)
            VALUES (@scale, @seed, @tenants, @customers, @tickets, @comments, @statusChanges, @large, @deep, now(), @seconds)
            """,
            connection);
        command.Parameters.AddWithValue("scale", scale);
        command.Parameters.AddWithValue("seed", (long)seed);
        command.Parameters.AddWithValue("tenants", shape.Tenants);
        command.Parameters.AddWithValue("customers", shape.TotalCustomers);
        command.Parameters.AddWithValue("tickets", shape.TotalTickets);
        command.Parameters.AddWithValue("comments", shape.Comments);
        command.Parameters.AddWithValue("statusChanges", statusChanges);
        command.Parameters.AddWithValue("large", DatasetShape.Slug(0));
        command.Parameters.AddWithValue("deep", deepCustomer);
        command.Parameters.AddWithValue("seconds", elapsed.TotalSeconds);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private T Time<T>(string step, Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        var result = action();
        var rows = result switch
        {
            long count => count,
            CustomerRows customers => customers.Count,
            TicketRows tickets => tickets.Ids.Length,
            _ => 0,
        };
        Record(step, rows, watch.Elapsed);
        return result;
    }

    private async Task TimedAsync(string step, long rows, Func<Task> action, string? group = null)
    {
        var watch = Stopwatch.StartNew();
        await action();
        Record(step, rows, watch.Elapsed, group);
    }

    /// <summary>Prints the step now; the summary adds up the steps of a group (the indexes of one table, say).</summary>
    private void Record(string step, long rows, TimeSpan elapsed, string? group = null)
    {
        var index = _timings.FindIndex(t => t.Step == (group ?? step));
        if (index >= 0)
        {
            _timings[index] = (_timings[index].Step, _timings[index].Rows + rows, _timings[index].Elapsed + elapsed);
        }
        else
        {
            _timings.Add((group ?? step, rows, elapsed));
        }

        var rate = rows > 0 && elapsed.TotalSeconds > 0 ? $" ({rows / elapsed.TotalSeconds:N0} rows/s)" : "";
        Console.WriteLine($"  {step}: {(rows > 0 ? $"{rows:N0} rows in " : "")}{elapsed.TotalSeconds:F1} s{rate}");
    }

    private void PrintTimings(TimeSpan total)
    {
        Console.WriteLine();
        Console.WriteLine("| Step | Rows | Seconds |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var (step, rows, elapsed) in _timings)
        {
            Console.WriteLine($"| {step} | {(rows > 0 ? rows.ToString("N0", CultureInfo.InvariantCulture) : "")} | {elapsed.TotalSeconds:F1} |");
        }

        Console.WriteLine($"| **total** | | **{total.TotalSeconds:F1}** |");
    }

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private sealed record CustomerRows(Guid[] Ids, string[] Names, long Count);

    private sealed class TicketRows(int count, byte[] commentCounts)
    {
        public Guid[] Ids { get; } = new Guid[count];

        public int[] Customers { get; } = new int[count];

        public DateTime[] Created { get; } = new DateTime[count];

        public Category[] Statuses { get; } = new Category[count];

        public byte[] CommentCounts { get; } = commentCounts;

        public long StatusChanges { get; set; }
    }
}
