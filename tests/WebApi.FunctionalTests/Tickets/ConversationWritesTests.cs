using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PosVendas.Domain.Notifications;
using PosVendas.Domain.Tickets;
using PosVendas.Infrastructure.Persistence;
using PosVendas.Infrastructure.Tickets;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Tickets;

/// <summary>
/// A reply's rows are inserted by hand (ADR 0024): a column EF Core maps but the hand-written insert leaves out would
/// be lost on every reply, so each insert must name exactly the columns of its entity's mapping.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class ConversationWritesTests(PosVendasApiFactory api)
{
    [Theory]
    [InlineData(typeof(Comment), ConversationWrites.InsertCommentSql)]
    [InlineData(typeof(TicketStatusChange), ConversationWrites.InsertStatusChangeSql)]
    [InlineData(typeof(OutboxMessage), ConversationWrites.InsertOutboxMessageSql)]
    public void A_hand_written_insert_names_every_column_of_its_entity(Type entity, string insert)
    {
        using var db = api.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        var mapped = db.Model.FindEntityType(entity)!.GetProperties().Select(property => property.GetColumnName());

        var match = InsertColumns().Match(insert);

        match.Success.Should().BeTrue();
        var named = match.Groups["columns"].Value.Split(',', StringSplitOptions.TrimEntries);
        named.Should().BeEquivalentTo(mapped);
        var values = match.Groups["values"].Value.Split(',', StringSplitOptions.TrimEntries);
        values.Should().Equal(named.Select((_, i) => $"${i + 1}"), "each column takes the parameter in its place");
    }

    [GeneratedRegex(@"INSERT INTO \S+ \((?<columns>[^)]*)\)\s*VALUES \((?<values>[^)]*)\)")]
    private static partial Regex InsertColumns();
}
