using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Operations;

/// <summary>
/// Swagger UI as a front-end developer meets it: a real browser (Debian's Chromium, driven by playwright-core from
/// tests/tools) loads it from the API on a real port, lists the operations, authorizes with a bearer token and runs
/// one; the operation's deep link opens it again, and the token is still there after the reload. scripts/test.sh
/// installs Chromium.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SwaggerUiTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Swagger_UI_authorizes_runs_an_operation_and_keeps_the_token_across_its_deep_link()
    {
        var tenant = await api.CreateTenantAsync();
        var token = TestTokens.Create(TestTokens.Claims(tenant.Slug, "swagger-user", "swagger@example.com", "Swagger", "customer"));
        using var live = api.WithWebHostBuilder(_ => { });
        live.UseKestrel(0);
        live.StartServer();
        var address = live.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var result = await RunAsync(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal), token);

        result.ExitCode.Should().Be(0, result.Output);
        using var report = JsonDocument.Parse(result.Output.Trim().Split('\n')[^1]);
        report.RootElement.GetProperty("operations").GetInt32().Should().BeGreaterThanOrEqualTo(30);
        report.RootElement.GetProperty("status").GetString().Should().Be("200");
        report.RootElement.GetProperty("deepLink").GetString().Should().Be("#/Tickets/ListMyTickets");
        report.RootElement.GetProperty("statusAfterReload").GetString().Should().Be("200", "persisted authorization keeps the token across loads");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string baseUrl, string token)
    {
        var tools = Path.Combine(TestPaths.RepositoryRoot, "tests", "tools");
        File.Exists("/usr/bin/chromium").Should().BeTrue("scripts/test.sh installs Debian's chromium package");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = tools };
        start.ArgumentList.Add("swagger-ui-check.mjs");
        start.ArgumentList.Add(baseUrl.TrimEnd('/'));
        start.ArgumentList.Add(token);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
