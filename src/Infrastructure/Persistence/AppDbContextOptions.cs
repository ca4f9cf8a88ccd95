using Microsoft.EntityFrameworkCore;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace PosVendas.Infrastructure.Persistence;

/// <summary>The one place that says how PosVendas talks to PostgreSQL, for the host and the design-time tools.</summary>
public static class AppDbContextOptions
{
    /// <summary>
    /// How many statements each connection keeps prepared when the connection string does not say
    /// (<c>Max Auto Prepare</c>; <c>Max Auto Prepare=0</c> turns it off). PostgreSQL takes longer to plan the API's
    /// joined queries than to run them, so a statement sent a few times is prepared once per connection and only
    /// executed afterwards (ADR 0006).
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// Seconds to open a connection or wait for a free one (<c>Timeout</c>) when the connection string does not say.
    /// </summary>
    public const int DefaultConnectTimeoutSeconds = 1;

    /// <summary>Seconds each SQL statement may run (<c>Command Timeout</c>) when the connection string does not say.</summary>
    public const int DefaultCommandTimeoutSeconds = 3;

    /// <summary>
    /// Seconds <c>migrate</c> waits to open a connection when the connection string does not say. A server that has
    /// just started can take longer than a request's second to answer a first connection (Npgsql then reads the
    /// server's types), and a migration has no request waiting on it.
    /// </summary>
    public const int MigrationConnectTimeoutSeconds = 30;

    /// <summary>
    /// Connections each API instance keeps (<c>Minimum Pool Size</c> = <c>Maximum Pool Size</c>) when the connection
    /// string sets neither: a fixed pool (ADR 0007) small enough that several instances stay far below PostgreSQL's
    /// default <c>max_connections</c> of 100 (Npgsql's own maximum is 100 per process).
    /// </summary>
    public const int DefaultPoolSize = 16;

    /// <summary>
    /// Configures the context. Each SQL command gets the connection string's <c>Command Timeout</c>
    /// (<see cref="DefaultCommandTimeoutSeconds"/> unless set); the <c>migrate</c> command lifts it (<c>CommandLine.MigrateAsync</c>).
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithDefaults(connectionString), Provider).UseSnakeCaseNamingConvention();

    /// <summary>
    /// Configures the context on the host's one data source (<see cref="CreateDataSource"/>), whose connections EF Core
    /// and the statements PosVendas sends itself share.
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseNpgsql(dataSource, Provider).UseSnakeCaseNamingConvention();

    /// <summary>The host's data source: one connection pool, with PosVendas's defaults for what the string leaves unset.</summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString) =>
        NpgsqlDataSource.Create(WithDefaults(connectionString));

    private static void Provider(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__ef_migrations_history", "public");

    /// <summary>
    /// The connection string of <c>migrate</c>: PosVendas's defaults, but no statement time limit (a migration may
    /// rebuild an index of a large table, or wait for the locks of requests in flight) and
    /// <see cref="MigrationConnectTimeoutSeconds"/> to connect unless the string says otherwise.
    /// </summary>
    public static string ForMigration(string connectionString)
    {
        var setTimeout = new NpgsqlConnectionStringBuilder(connectionString).Keys.Cast<string>().Contains("Timeout");
        var migration = new NpgsqlConnectionStringBuilder(WithDefaults(connectionString)) { CommandTimeout = 0 };
        if (!setTimeout)
        {
            migration.Timeout = MigrationConnectTimeoutSeconds;
        }

        return migration.ConnectionString;
    }

    /// <summary>The connection string with PosVendas's defaults for what it leaves unset.</summary>
    public static string WithDefaults(string connectionString)
    {
        var withDefaults = new NpgsqlConnectionStringBuilder(connectionString);
        // The keys the string sets, by their canonical names whatever the spelling ("commandtimeout", "CommandTimeout").
        var set = withDefaults.Keys.Cast<string>().ToHashSet();
        if (!set.Contains("Max Auto Prepare"))
        {
            withDefaults.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        // A database that hangs costs a request at most Command Timeout plus twice Timeout (Npgsql's cancel request
        // connects, then waits for the server to close): 5 s with these defaults, where Npgsql's own (30 s and 15 s)
        // left requests hanging. A statement out of time has its connection closed at once rather than waiting for the
        // server to confirm the cancel (Cancellation Timeout=-1). ADR 0016.
        if (!set.Contains("Timeout"))
        {
            withDefaults.Timeout = DefaultConnectTimeoutSeconds;
        }

        if (!set.Contains("Command Timeout"))
        {
            withDefaults.CommandTimeout = DefaultCommandTimeoutSeconds;
        }

        if (!set.Contains("Cancellation Timeout"))
        {
            withDefaults.CancellationTimeout = -1;
        }

        if (!set.Contains("Maximum Pool Size") && !set.Contains("Minimum Pool Size"))
        {
            withDefaults.MaxPoolSize = DefaultPoolSize;
            withDefaults.MinPoolSize = DefaultPoolSize;
        }

        return withDefaults.ConnectionString;
    }
}
