using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PosVendas.WebApi.FunctionalTests.Infrastructure;
using PosVendas.WebApi.FunctionalTests.Locations;

namespace PosVendas.WebApi.FunctionalTests.Operations;

/// <summary>The operator commands, run as an operator runs them: the WebApi program with arguments.</summary>
[Collection(ApiCollection.Name)]
public sealed class CommandLineTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Migrate_applies_migrations_and_exits_0()
    {
        var result = await RunAsync("migrate");

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().Contain("Database is up to date.");
    }

    [Fact]
    public async Task Migrate_runs_a_migration_that_takes_longer_than_the_command_timeout_to_its_end()
    {
        // An empty database, and another session in the middle of creating the unaccent extension: the baseline's own
        // CREATE EXTENSION waits for that session's transaction, for longer than the 1 s command timeout the connection
        // string gives every statement of the API. On a large database, rebuilding an index waits and runs as long.
        var database = new NpgsqlConnectionStringBuilder(await api.CreateEmptyDatabaseAsync()) { CommandTimeout = 1 }.ConnectionString;

        await using var other = new NpgsqlConnection(database);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand("CREATE EXTENSION unaccent", other, transaction))
        {
            await hold.ExecuteNonQueryAsync();
        }

        var migrate = RunOnAsync(database, "migrate");
        await Task.Delay(TimeSpan.FromSeconds(4));
        migrate.IsCompleted.Should().BeFalse("the migration waits for the other session, past the command timeout");
        await transaction.RollbackAsync();
        var result = await migrate;

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().Contain("Database is up to date.");
        await using var check = new NpgsqlCommand("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_tickets_description_search'", other);
        ((string?)await check.ExecuteScalarAsync()).Should().Contain("posvendas_fold_plurals");
    }

    [Fact]
    public async Task Migrate_run_from_three_places_at_once_applies_each_migration_once_and_every_run_succeeds()
    {
        var database = await api.CreateEmptyDatabaseAsync();

        var runs = await Task.WhenAll(RunOnAsync(database, "migrate"), RunOnAsync(database, "migrate"), RunOnAsync(database, "migrate"));

        runs.Should().AllSatisfy(run => run.ExitCode.Should().Be(0, run.Output));
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var applied = new NpgsqlCommand("SELECT count(*) = count(DISTINCT migration_id) FROM public.__ef_migrations_history", connection);
        ((bool)(await applied.ExecuteScalarAsync())!).Should().BeTrue();
    }

    [Fact]
    public async Task Tenant_add_creates_a_tenant_with_the_default_catalog_and_a_second_add_changes_nothing()
    {
        var slug = $"cli-{Guid.NewGuid():N}"[..16];

        var first = await RunAsync("tenant", "add", slug, "--name", "Construtora Exemplo", "--locale", "en");
        var second = await RunAsync("tenant", "add", slug, "--name", "Outro Nome");

        first.ExitCode.Should().Be(0, first.Output);
        second.ExitCode.Should().Be(3, second.Output);
        second.Output.Should().Contain("already exists");
        var customer = new TestTenant(api, slug).Customer();
        var catalog = await customer.GetCatalogAsync();
        catalog.Items.SelectMany(type => type.Subjects).Select(subject => subject.Name).Should().BeEquivalentTo(
            ["Refund", "Income tax statement", "Electrical", "Plumbing", "Leaks and damp", "Document copies"],
            "the tenant's default language is English, so customers read the English labels");
        var ticket = await customer.OpenTicketAsync(subjectName: "Leaks and damp");
        ticket.Status.Name.Should().Be("No reply yet");
    }

    [Fact]
    public async Task Tenant_add_takes_the_common_settings_as_options()
    {
        var slug = $"opts-{Guid.NewGuid():N}"[..16];

        var result = await RunAsync(
            "tenant", "add", slug, "--name", "Construtora Norte", "--time-zone", "America/Manaus",
            "--email-from", "chamados@norte.example.com", "--support-email", "suporte@norte.example.com",
            "--portal-ticket-url", "https://portal.norte.example.com/chamados/{number}");
        var wrongZone = await RunAsync("tenant", "add", $"{slug}-x", "--name", "X", "--time-zone", "Mars/Olympus");

        result.ExitCode.Should().Be(0, result.Output);
        var settings = (await new TestTenant(api, slug).Admin().Http.GetFromJsonAsync<SettingsView>("/api/v1/admin/settings"))!;
        settings.Should().Match<SettingsView>(s =>
            s.TimeZone == "America/Manaus"
            && s.EmailFromAddress == "chamados@norte.example.com"
            && s.SupportEmail == "suporte@norte.example.com"
            && s.PortalTicketUrl == "https://portal.norte.example.com/chamados/{number}"
            && s.AutoCloseSolvedAfterDays == 7);
        wrongZone.ExitCode.Should().Be(2, wrongZone.Output);
        wrongZone.Output.Should().Contain("time zone");
    }

    [Fact]
    public async Task Tenant_add_registers_demo_places_whose_unit_the_given_e_mail_owns()
    {
        var slug = $"demo-{Guid.NewGuid():N}"[..16];

        var result = await RunAsync("tenant", "add", slug, "--name", "Incorporadora Demo", "--demo-places-for", "Ana@example.com");

        result.ExitCode.Should().Be(0, result.Output);
        var places = await new TestTenant(api, slug).Customer().MyLocationsAsync();
        var unit = places.Units.Should().ContainSingle("Ana (ana@example.com in her token) owns the demo unit").Subject;
        unit.Code.Should().Be("Apto 1203");
        unit.Role.Should().Be("owner");
        places.CommonAreas.Select(area => area.Name).Should().Equal("Piscina");
    }

    [Fact]
    public async Task Tenant_add_copies_the_warranty_template_into_a_draft_marked_for_review()
    {
        var slug = $"warr-{Guid.NewGuid():N}"[..16];

        var result = await RunAsync("tenant", "add", slug, "--name", "Incorporadora Garantia", "--warranty-template");

        result.ExitCode.Should().Be(0, result.Output);
        var admin = new TestTenant(api, slug).Admin();
        var catalog = (await admin.Http.GetFromJsonAsync<JsonElement>("/api/v1/admin/warranty-catalogs"))[0];
        catalog.GetProperty("reviewRequired").GetBoolean().Should().BeTrue();
        var version = catalog.GetProperty("versions")[0];
        version.GetProperty("number").GetInt32().Should().Be(1);
        version.GetProperty("publishedAt").ValueKind.Should().Be(JsonValueKind.Null, "the template is a draft to check against the manual");
        version.GetProperty("itemCount").GetInt32().Should().BeGreaterThan(10);
    }

    [Fact]
    public async Task Tenant_list_shows_every_tenant_with_its_language_and_name()
    {
        var slug = $"list-{Guid.NewGuid():N}"[..16];
        (await RunAsync("tenant", "add", slug, "--name", "Incorporadora Listada", "--locale", "es")).ExitCode.Should().Be(0);

        var result = await RunAsync("tenant", "list");

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Split('\n').Should().Contain($"{slug}\tes\tIncorporadora Listada");
    }

    [Fact]
    public async Task Tenant_add_with_an_invalid_slug_exits_2_with_the_reason()
    {
        var result = await RunAsync("tenant", "add", "Not A Slug", "--name", "X");

        result.ExitCode.Should().Be(2);
        result.Output.Should().Contain("slug");
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => RunOnAsync(api.ConnectionString, arguments);

    private static async Task<(int ExitCode, string Output)> RunOnAsync(string connectionString, params string[] arguments)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "PosVendas.WebApi.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Postgres"] = connectionString;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Auth__SigningKey"] = TestTokens.SigningKey;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
