using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Operations;

/// <summary>
/// OpenTelemetry metrics as an operator scrapes them: off unless switched on; with Telemetry:PrometheusEnabled, the
/// runtime's, ASP.NET Core's, Npgsql's and the product's own at /metrics, without a token or a rate limit.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TelemetryTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Metrics_are_not_served_unless_switched_on()
    {
        (await api.CreateClient().GetAsync("/metrics")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Prometheus_scrapes_request_database_runtime_and_product_metrics()
    {
        await using var instance = await ApiProcess.StartAsync(api, new Dictionary<string, string>
        {
            ["Telemetry__PrometheusEnabled"] = "true",
            ["RateLimiting__PerUserPermitLimit"] = "2",
        });
        var tenant = await api.CreateTenantAsync();
        var customer = instance.Client(tenant.Token());
        var catalog = await customer.GetCatalogAsync();
        var subject = catalog.Items.SelectMany(serviceType => serviceType.Subjects).First();
        (await customer.Http.PostAsJsonAsync("/api/v1/tickets", new { subjectId = subject.Id, description = "Infiltração na sala." })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await customer.Http.GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        using var scraper = new HttpClient { BaseAddress = instance.Address };

        string metrics = "";
        await Poll.UntilAsync(async () =>
        {
            metrics = await scraper.GetStringAsync("/metrics");
            return metrics.Contains("posvendas_tickets_opened", StringComparison.Ordinal);
        });

        metrics.Should().Contain("posvendas_tickets_opened_total");
        metrics.Should().Contain("posvendas_ratelimit_rejections_total");
        metrics.Should().Contain("http_server_request_duration_seconds");
        metrics.Should().Contain("db_client_");
        metrics.Should().Contain("dotnet_gc_");
        metrics.Should().NotContain(tenant.Slug, "metrics carry kinds and outcomes, never a tenant or a person");
    }

    [Fact]
    public async Task Each_log_event_of_a_request_names_the_tenant_the_user_and_the_trace_but_not_their_email()
    {
        await using var instance = await ApiProcess.StartAsync(api, new Dictionary<string, string> { ["Serilog__MinimumLevel__Default"] = "Information" });
        var tenant = await api.CreateTenantAsync();
        var tenantId = await api.TenantIdOfAsync(tenant.Slug);

        (await instance.Client(tenant.Token()).Http.GetAsync("/api/v1/tickets/999999")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        string line = "";
        await Poll.UntilAsync(() =>
        {
            line = instance.Output().Split('\n').LastOrDefault(entry => entry.Contains("/api/v1/tickets/999999", StringComparison.Ordinal) && entry.Contains("\"StatusCode\":404", StringComparison.Ordinal)) ?? "";
            return Task.FromResult(line.Length > 0);
        });
        line.Should().Contain($"\"TenantId\":\"{tenantId}\"").And.Contain("\"UserId\":\"customer-Ana\"").And.Contain("\"@tr\":");
        line.Should().NotContain("ana@example.com");
    }
}
