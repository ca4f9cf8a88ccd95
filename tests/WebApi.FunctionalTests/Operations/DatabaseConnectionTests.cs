using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PosVendas.Infrastructure.Persistence;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Operations;

[Collection(ApiCollection.Name)]
public sealed class DatabaseConnectionTests(PosVendasApiFactory api)
{
    [Fact]
    public void The_api_prepares_its_statements_when_the_connection_string_does_not_say_otherwise()
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var used = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());

        new NpgsqlConnectionStringBuilder(api.ConnectionString).MaxAutoPrepare.Should().Be(0, "the tests' connection string leaves it unset");
        used.MaxAutoPrepare.Should().Be(AppDbContextOptions.DefaultMaxAutoPrepare);
        used.Host.Should().Be(new NpgsqlConnectionStringBuilder(api.ConnectionString).Host);
        used.Database.Should().Be(new NpgsqlConnectionStringBuilder(api.ConnectionString).Database);
    }

    [Theory]
    [InlineData("Host=db;Database=posvendas;Max Auto Prepare=10", 10)]
    [InlineData("Host=db;Database=posvendas;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=posvendas;max auto prepare=5", 5)]
    public void An_operator_can_size_or_turn_off_statement_preparation_in_the_connection_string(string connectionString, int expected)
    {
        var used = new NpgsqlConnectionStringBuilder(AppDbContextOptions.WithDefaults(connectionString));

        used.MaxAutoPrepare.Should().Be(expected);
        used.Database.Should().Be("posvendas");
    }
}
