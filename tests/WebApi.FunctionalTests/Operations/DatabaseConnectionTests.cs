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

    [Fact]
    public void A_database_that_hangs_costs_at_most_5_seconds_unless_the_connection_string_says_otherwise()
    {
        var defaults = new NpgsqlConnectionStringBuilder(AppDbContextOptions.WithDefaults("Host=db;Database=posvendas"));
        var chosen = new NpgsqlConnectionStringBuilder(
            AppDbContextOptions.WithDefaults("Host=db;Database=posvendas;Timeout=15;commandtimeout=30;Cancellation Timeout=2000"));

        (defaults.Timeout, defaults.CommandTimeout, defaults.CancellationTimeout).Should().Be((1, 3, -1));
        (defaults.CommandTimeout + (2 * defaults.Timeout)).Should().Be(5, "a statement's time, then a cancel request that connects and waits");
        (chosen.Timeout, chosen.CommandTimeout, chosen.CancellationTimeout).Should().Be(
            (15, 30, 2000), "the operator's values stand, even those equal to Npgsql's defaults");
    }

    [Fact]
    public void Each_instance_keeps_a_fixed_pool_of_16_connections_unless_the_connection_string_sizes_it()
    {
        var defaults = new NpgsqlConnectionStringBuilder(AppDbContextOptions.WithDefaults("Host=db;Database=posvendas"));
        var sized = new NpgsqlConnectionStringBuilder(AppDbContextOptions.WithDefaults("Host=db;Database=posvendas;Maximum Pool Size=40"));

        (defaults.MinPoolSize, defaults.MaxPoolSize).Should().Be((16, 16), "two or three instances stay far below PostgreSQL's 100 connections");
        (sized.MinPoolSize, sized.MaxPoolSize).Should().Be((0, 40), "the operator's size stands");
    }

    [Fact]
    public void Migrate_gets_no_statement_limit_and_30_seconds_to_connect_to_a_server_that_has_just_started()
    {
        var defaults = new NpgsqlConnectionStringBuilder(AppDbContextOptions.ForMigration("Host=db;Database=posvendas"));
        var chosen = new NpgsqlConnectionStringBuilder(AppDbContextOptions.ForMigration("Host=db;Database=posvendas;Timeout=5"));

        (defaults.Timeout, defaults.CommandTimeout).Should().Be((30, 0));
        chosen.Timeout.Should().Be(5, "the operator's connect timeout stands");
    }
}
