using System.Diagnostics;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PosVendas.Application.Tenancy.ListTenants;
using PosVendas.Application.Tenancy.ProvisionTenant;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Operations;

/// <summary>
/// docs/getting-started.md is a script a newcomer runs: its bash blocks run here, in order, against the API on a real
/// port in Development (as scripts/run.sh serves it), with a real photo and e-mails written to .data/mail.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class GettingStartedTests(PosVendasApiFactory api) : IDisposable
{
    private readonly string _workFolder = Path.Combine(Path.GetTempPath(), $"posvendas-getting-started-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_getting_started_guide_runs_as_written()
    {
        Directory.CreateDirectory(_workFolder);
        await File.WriteAllBytesAsync(Path.Combine(_workFolder, "photo.jpg"), TestFiles.Jpeg(50_000));
        await EnsureDemoTenantAsync();
        using var live = api.WithWebHostBuilder(builder => builder
            .UseEnvironment("Development")
            .UseSetting("Notifications:Email:Transport", "Pickup")
            .UseSetting("Notifications:Email:PickupDirectory", Path.Combine(_workFolder, ".data", "mail"))
            .UseSetting("Notifications:PollInterval", "00:00:00.200"));
        live.UseKestrel(0);
        live.StartServer();
        var address = live.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        var script = await GuideScriptAsync(address);
        var result = await RunBashAsync(script);

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().Contain("HTTP/1.1 201 Created", "step 4 opens the ticket");
        result.Output.Should().Contain("HTTP/1.1 200 OK", "step 9 changes the status");
        result.Output.Should().Contain("\"isInternal\":false", "step 8 answers as staff");
        result.Output.Should().MatchRegex(@"Subject: .*(Chamado|=\?utf-8\?)", "step 10 finds the e-mails");
    }

    public void Dispose()
    {
        if (Directory.Exists(_workFolder))
        {
            Directory.Delete(_workFolder, recursive: true);
        }
    }

    private async Task EnsureDemoTenantAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        if (!(await mediator.Send(new ListTenantsQuery())).Any(tenant => tenant.Slug == "demo"))
        {
            await mediator.Send(new ProvisionTenantCommand("demo", "Incorporadora Demo", "pt-BR"));
        }
    }

    /// <summary>Every bash block after "Start the API", pointed at the live address; e-mails get a moment to arrive.</summary>
    private static async Task<string> GuideScriptAsync(string address)
    {
        var guide = await File.ReadAllTextAsync(Path.Combine(TestPaths.RepositoryRoot, "docs", "getting-started.md"));
        var blocks = BashBlock().Matches(guide).Select(match => match.Groups[1].Value).Skip(1);
        var script = string.Join("\n", blocks.Select(block => block.Contains(".data/mail", StringComparison.Ordinal) ? "sleep 2\n" + block : block));
        return "set -euo pipefail\n" + script.Replace("http://localhost:5080", address, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunBashAsync(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _workFolder };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    [GeneratedRegex("```bash\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
