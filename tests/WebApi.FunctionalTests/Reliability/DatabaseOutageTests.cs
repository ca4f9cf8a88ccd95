using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Npgsql;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Reliability;

/// <summary>The database goes away and comes back: the API answers 503 quickly, reports unready, then recovers alone.</summary>
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
        using var host = api.WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:Postgres", throughProxy.ConnectionString)
            .UseSetting("Database:MigrateOnStartup", "false"));
        var http = host.CreateClient();
        var ana = new ApiClient(http);
        http.DefaultRequestHeaders.Authorization = tenant.Customer().Http.DefaultRequestHeaders.Authorization;
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
}
