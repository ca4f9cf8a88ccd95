using System.Diagnostics;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Operations;

/// <summary>
/// What third-party teams do with docs/openapi.json: lint it (Redocly), generate TypeScript types from it
/// (openapi-typescript) and compile a customer flow against them (tsc). The tools come from tests/tools, which
/// scripts/test.sh installs.
/// </summary>
public sealed class ContractToolingTests
{
    private static readonly string Root = TestPaths.RepositoryRoot;
    private static readonly string Tools = Path.Combine(Root, "tests", "tools");

    [Fact]
    public async Task The_OpenAPI_document_passes_Redocly_lint_with_no_errors()
    {
        var result = await RunAsync("redocly", "lint", Path.Combine(Root, "docs", "openapi.json"), "--format=stylish");

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().Contain("valid");
    }

    [Fact]
    public async Task A_typescript_customer_flow_compiles_against_the_generated_client_types()
    {
        var generated = Path.Combine(Tools, "client-check", "generated", "posvendas.ts");

        var generate = await RunAsync("openapi-typescript", Path.Combine(Root, "docs", "openapi.json"), "-o", generated);
        var compile = await RunAsync("tsc", "-p", Path.Combine(Tools, "client-check"));

        generate.ExitCode.Should().Be(0, generate.Output);
        File.Exists(generated).Should().BeTrue();
        compile.ExitCode.Should().Be(0, compile.Output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] arguments)
    {
        var executable = Path.Combine(Tools, "node_modules", ".bin", tool);
        File.Exists(executable).Should().BeTrue($"{tool} is installed by scripts/test.sh (npm ci in tests/tools)");
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Tools };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
