using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Operations;

/// <summary>
/// What third-party teams do with docs/openapi.json before writing code: lint it (Redocly, recommended rules) and
/// generate a client with Kiota. Both must be silent: a warning is something a partner would have to work around.
/// GeneratedClientFlowTests then drives the whole flow with NSwag's and hey-api's clients.
/// </summary>
public sealed class ContractToolingTests
{
    private static readonly string Document = Path.Combine(TestPaths.RepositoryRoot, "docs", "openapi.json");

    [Fact]
    public async Task The_OpenAPI_document_passes_Redocly_recommended_rules_with_no_errors_or_warnings()
    {
        var config = Path.Combine(TestPaths.RepositoryRoot, "redocly.yaml");
        var result = await ExternalTool.NpmAsync("redocly", "lint", Document, "--config", config, "--format=stylish");

        result.ExitCode.Should().Be(0, result.Output);
        // With problems Redocly ends "Validation failed with N errors and N warnings" or "You have N warnings".
        result.Output.Should().Contain("Woohoo! Your API description is valid.", "redocly.yaml switches off, with a reason, each rule the contract departs from:\n" + result.Output);
    }

    [Fact]
    public async Task Kiota_generates_a_CSharp_client_with_no_warnings()
    {
        var output = Directory.CreateTempSubdirectory("posvendas-kiota-");
        try
        {
            var result = await ExternalTool.RunAsync(
                "dotnet",
                ["kiota", "generate", "--language", "CSharp", "--openapi", Document, "--output", output.FullName,
                 "--namespace-name", "PosVendas.Client", "--class-name", "PosVendasClient", "--log-level", "Warning"],
                TestPaths.RepositoryRoot,
                new Dictionary<string, string> { ["KIOTA_TUTORIAL_ENABLED"] = "false", ["KIOTA_OFFLINE_ENABLED"] = "true", ["KIOTA_CLI_TELEMETRY_OPTOUT"] = "true" });

            result.ExitCode.Should().Be(0, result.Output);
            result.Output.Should().NotContainAny(["warn:", "Warning"], result.Output);
            File.Exists(Path.Combine(output.FullName, "PosVendasClient.cs")).Should().BeTrue(result.Output);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
