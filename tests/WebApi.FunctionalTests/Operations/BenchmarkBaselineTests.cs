using System.Text.RegularExpressions;
using PosVendas.Infrastructure.Tickets;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Operations;

/// <summary>
/// The benchmarks' raw baseline must cost PostgreSQL what the API does (ADR 0012). Its statements are
/// copies; the list's is the one the API writes by hand, so a change to it must reach the copy.
/// </summary>
public sealed partial class BenchmarkBaselineTests
{
    [Fact]
    public async Task The_raw_baseline_sends_the_list_statement_the_api_sends()
    {
        var source = await File.ReadAllTextAsync(Path.Combine(TestPaths.RepositoryRoot, "benchmarks", "RawBaseline", "Sql.cs"));

        var copy = ListPage().Match(source);

        copy.Success.Should().BeTrue("benchmarks/RawBaseline/Sql.cs defines ListPage as a raw string literal");
        Normalized(copy.Groups["sql"].Value).Should().Be(Normalized(PostgresTicketListReader.AnyStatus));
    }

    private static string Normalized(string sql) => Whitespace().Replace(sql, " ").Trim();

    [GeneratedRegex("""ListPage =\s*\"\"\"(?<sql>.*?)\"\"\";""", RegexOptions.Singleline)]
    private static partial Regex ListPage();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
