using System.Text.RegularExpressions;
using PosVendas.Infrastructure.Tickets;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Operations;

/// <summary>
/// The benchmarks' raw baseline must cost PostgreSQL what the API does (ADR 0012). Its statements are
/// copies; the list's, the detail's and the reply's writes are the ones the API writes by hand, so a change to them must reach the copies.
/// </summary>
public sealed partial class BenchmarkBaselineTests
{
    [Theory]
    [InlineData("ListPage", PostgresTicketListReader.AnyStatus)]
    [InlineData("DetailHeader", PostgresTicketDetailReader.Header)]
    [InlineData("DetailHistory", PostgresTicketDetailReader.History)]
    [InlineData("DetailAttachments", PostgresTicketDetailReader.Attachments)]
    [InlineData("ReplyInsertComment", ConversationWrites.InsertCommentSql)]
    [InlineData("ReplyUpdateTicket", ConversationWrites.UpdateTicketSql)]
    [InlineData("ReplyInsertOutboxMessage", ConversationWrites.InsertOutboxMessageSql)]
    public async Task The_raw_baseline_sends_the_statements_the_api_writes_by_hand(string name, string apiStatement)
    {
        var source = await File.ReadAllTextAsync(Path.Combine(TestPaths.RepositoryRoot, "benchmarks", "RawBaseline", "Sql.cs"));

        var copy = Regex.Match(source, name + CopyPattern, RegexOptions.Singleline);

        copy.Success.Should().BeTrue($"benchmarks/RawBaseline/Sql.cs defines {name} as a raw string literal");
        Normalized(copy.Groups["sql"].Value).Should().Be(Normalized(apiStatement));
    }

    private const string CopyPattern = """ =\s*\"\"\"(?<sql>.*?)\"\"\";""";

    private static string Normalized(string sql) => Whitespace().Replace(sql, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
