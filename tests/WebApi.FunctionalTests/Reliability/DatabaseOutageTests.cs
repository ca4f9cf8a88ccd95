using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Reliability;

/// <summary>
/// The database goes away and comes back, or a statement waits too long: the API answers 503 quickly, reports unready
/// while the database is away, then recovers alone.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DatabaseOutageTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task During_an_outage_requests_are_503_readiness_is_unhealthy_and_the_api_recovers_by_itself()
    {
        var tenant = await api.CreateTenantAsync();
        var database = new NpgsqlConnectionStringBuilder(api.ConnectionString);
        await using var proxy = new TcpProxy(database.Host!, database.Port);
        proxy.Start();
        var throughProxy = new NpgsqlConnectionStringBuilder(api.ConnectionString)
        {
            Host = "127.0.0.1",
            Port = proxy.Port,
            Timeout = 3,
            CommandTimeout = 5,
        };
        using var host = HostOn(throughProxy.ConnectionString);
        var http = host.CreateClient();
        var ana = CustomerOf(tenant, http);
        var subject = await ana.FindSubjectAsync("Reembolso");
        (await ana.PostTicketAsync(subject.Id, "Antes da queda")).StatusCode.Should().Be(HttpStatusCode.Created);

        await proxy.CutAsync();
        var clock = Stopwatch.StartNew();
        var duringOutage = await ana.PostTicketAsync(subject.Id, "Durante a queda");
        var elapsed = clock.Elapsed;
        var readiness = await http.GetAsync("/health/ready");

        await duringOutage.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "the request fails within the connection and command timeouts");
        readiness.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        using (var report = JsonDocument.Parse(await readiness.Content.ReadAsStringAsync()))
        {
            report.RootElement.GetProperty("status").GetString().Should().Be("Unhealthy");
        }

        proxy.Start();
        HttpResponseMessage? afterwards = null;
        for (var attempt = 0; attempt < 20 && afterwards?.StatusCode != HttpStatusCode.Created; attempt++)
        {
            afterwards = await ana.PostTicketAsync(subject.Id, "Depois da volta");
            if (afterwards.StatusCode != HttpStatusCode.Created)
            {
                await Task.Delay(250);
            }
        }

        afterwards!.StatusCode.Should().Be(HttpStatusCode.Created, "the API recovers once the database is back");
        (await http.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        var descriptions = (await ana.ListTicketsAsync()).Items.Count;
        descriptions.Should().Be(2, "the ticket attempted during the outage left nothing behind");
    }

    [Fact]
    public async Task When_the_database_hangs_requests_fail_within_the_5_s_default_readiness_answers_within_2_s_and_the_api_recovers()
    {
        var tenant = await api.CreateTenantAsync();
        var database = new NpgsqlConnectionStringBuilder(api.ConnectionString);
        await using var proxy = new TcpProxy(database.Host!, database.Port);
        proxy.Start();
        // No timeouts in the connection string: PosVendas's defaults apply.
        var throughProxy = new NpgsqlConnectionStringBuilder(api.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port };
        using var host = HostOn(throughProxy.ConnectionString);
        var http = host.CreateClient();
        var ana = CustomerOf(tenant, http);
        var subject = await ana.FindSubjectAsync("Reembolso");
        (await ana.PostTicketAsync(subject.Id, "Antes do congelamento")).StatusCode.Should().Be(HttpStatusCode.Created);

        proxy.Pause();
        var clock = Stopwatch.StartNew();
        var opening = await ana.PostTicketAsync(subject.Id, "Durante o congelamento");
        var openingTook = clock.Elapsed;
        clock.Restart();
        var list = await http.GetAsync("/api/v1/tickets");
        var listTook = clock.Elapsed;
        clock.Restart();
        var readiness = await http.GetAsync("/health/ready");
        var readinessTook = clock.Elapsed;

        foreach (var (response, took) in new[] { (opening, openingTook), (list, listTook) })
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
            response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(5));
            took.Should().BeLessThan(TimeSpan.FromSeconds(6.5), "a database that hangs costs a request 5 s at most, with a little slack");
        }

        readinessTook.Should().BeLessThan(TimeSpan.FromSeconds(2));
        readiness.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        using (var report = JsonDocument.Parse(await readiness.Content.ReadAsStringAsync()))
        {
            report.RootElement.GetProperty("status").GetString().Should().Be("Unhealthy");
            report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString().Should().Be("Unhealthy");
        }

        proxy.Resume();
        // The API recovers by itself once the database answers again.
        await Poll.UntilAsync(async () => (await ana.PostTicketAsync(subject.Id, "Depois do descongelamento")).StatusCode == HttpStatusCode.Created);
        (await http.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ana.ListTicketsAsync()).Items.Select(ticket => ticket.Number).Should().Equal(
            [2, 1], "the opening that ran out of time stored nothing and took no number");
    }

    [Fact]
    public async Task A_statement_waiting_past_the_connection_strings_command_timeout_is_503_and_gives_its_number_back()
    {
        var tenant = await api.CreateTenantAsync();
        var oneSecond = new NpgsqlConnectionStringBuilder(api.ConnectionString) { CommandTimeout = 1 };
        using var host = HostOn(oneSecond.ConnectionString);
        var ana = CustomerOf(tenant, host.CreateClient());
        var subject = await ana.FindSubjectAsync("Reembolso");
        (await ana.PostTicketAsync(subject.Id, "Primeiro")).StatusCode.Should().Be(HttpStatusCode.Created);

        await using (var other = new NpgsqlConnection(api.ConnectionString))
        {
            await other.OpenAsync();
            await using var transaction = await other.BeginTransactionAsync();
            // Another session holds the tenant's ticket counter, as an opening stuck in its transaction would.
            await using var hold = new NpgsqlCommand(
                """
                SELECT 1 FROM tickets.ticket_number_sequences s JOIN tenancy.tenants t ON t.id = s.tenant_id
                WHERE t.slug = $1 FOR UPDATE OF s
                """,
                other,
                transaction)
            { Parameters = { new NpgsqlParameter { Value = tenant.Slug } } };
            (await hold.ExecuteScalarAsync()).Should().Be(1);

            var clock = Stopwatch.StartNew();
            var stuck = await ana.PostTicketAsync(subject.Id, "Preso atrás de outra sessão");
            var elapsed = clock.Elapsed;

            (await stuck.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable)).Detail.Should().Be(
                "O serviço não consegue acessar o banco de dados agora. Tente novamente em instantes.",
                "the tenant's language is pt-BR and the request asks for no other");
            elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "the opening gives up after the connection string's 1 s command timeout");
            await transaction.RollbackAsync();
        }

        (await ana.PostTicketAsync(subject.Id, "Depois")).StatusCode.Should().Be(HttpStatusCode.Created);
        var tickets = (await ana.ListTicketsAsync()).Items;
        tickets.Select(ticket => ticket.Number).Should().Equal([2, 1], "the opening that timed out was rolled back and left no gap");
    }

    /// <summary>The API on its own database connection string (already migrated by the shared host).</summary>
    private WebApplicationFactory<Program> HostOn(string connectionString) =>
        api.WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:Postgres", connectionString)
            .UseSetting("Database:MigrateOnStartup", "false"));

    private static ApiClient CustomerOf(TestTenant tenant, HttpClient http)
    {
        http.DefaultRequestHeaders.Authorization = tenant.Customer().Http.DefaultRequestHeaders.Authorization;
        return new ApiClient(http);
    }
}
