using System.Diagnostics;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// Runs a program the way a partner's build would (a client generator, a linter, node), with a time limit, and
/// returns its exit code and everything it wrote. The tools come from tests/tools (npm, installed by
/// scripts/test.sh) and .config/dotnet-tools.json (dotnet tool restore).
/// </summary>
public static class ExternalTool
{
    public static readonly string Tools = Path.Combine(TestPaths.RepositoryRoot, "tests", "tools");

    /// <summary>A program installed by npm in tests/tools (node_modules/.bin).</summary>
    public static Task<(int ExitCode, string Output)> NpmAsync(string tool, params string[] arguments)
    {
        var executable = Path.Combine(Tools, "node_modules", ".bin", tool);
        File.Exists(executable).Should().BeTrue($"{tool} is installed by scripts/test.sh (npm ci in tests/tools)");
        return RunAsync(executable, arguments, Tools);
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(
        string executable,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(executable)} did not finish within 3 minutes:\n{await output}{await error}");
        }

        return (process.ExitCode, await output + await error);
    }
}
