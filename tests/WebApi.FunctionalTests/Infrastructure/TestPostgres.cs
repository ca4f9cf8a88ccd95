using Npgsql;
using Testcontainers.PostgreSql;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests run against: the one named by POSVENDAS_TEST_POSTGRES (the test script starts a
/// throwaway local cluster where no Docker engine runs), otherwise a Testcontainers container.
/// </summary>
internal sealed class TestPostgres : IAsyncDisposable
{
    public const string ServerVariable = "POSVENDAS_TEST_POSTGRES";

    private readonly PostgreSqlContainer? _container;

    private TestPostgres(string serverConnectionString, PostgreSqlContainer? container)
    {
        ServerConnectionString = serverConnectionString;
        _container = container;
    }

    public string ServerConnectionString { get; }

    public static async Task<TestPostgres> StartAsync()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            return new TestPostgres(server, container: null);
        }

        var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
        try
        {
            await container.StartAsync();
        }
        catch (Exception exception)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the tests: set {ServerVariable} to a server connection string or run them where a Docker engine answers. " +
                "The README test command does this for you.",
                exception);
        }

        return new TestPostgres(container.GetConnectionString(), container);
    }

    /// <summary>Creates an empty database of its own for one test run and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"posvendas_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
