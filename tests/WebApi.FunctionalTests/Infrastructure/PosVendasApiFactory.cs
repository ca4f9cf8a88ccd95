using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PosVendas.Application.Tenancy.ProvisionTenant;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// The whole API in process, over real HTTP handling, on a PostgreSQL database created for this run and migrated
/// by the application itself at start-up. Tests isolate themselves by creating their own tenants.
/// </summary>
public sealed class PosVendasApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestPostgres? _postgres;

    public string ConnectionString { get; private set; } = "";

    /// <summary>The file-system blob store's folder for this run.</summary>
    public string BlobRoot { get; } = Path.Combine(Path.GetTempPath(), $"posvendas-blobs-{Guid.NewGuid():N}");

    /// <summary>The per-file limit the tests run with, small so that "too large" stays cheap to send.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>The SMTP server the API sends to; tests drive delivery with <c>DispatchAsync</c>.</summary>
    public TestSmtpServer Smtp { get; } = new();

    public async Task InitializeAsync()
    {
        Smtp.Start();
        _postgres = await TestPostgres.StartAsync();
        ConnectionString = await _postgres.CreateDatabaseAsync();
        _ = Services; // Builds the host now, which applies the migrations.
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The production budget to get a connection (1 s) and run a statement (3 s) is for a server that answers at
        // once (ADR 0016); on a loaded two-core CI machine a fresh host's first connections took longer, and requests
        // failed with 503. The tests of the budget itself (DatabaseOutageTests) set their own connection strings.
        builder.UseSetting("ConnectionStrings:Postgres", new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 10, CommandTimeout = 15 }.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Auth:Issuer", TestTokens.Issuer);
        builder.UseSetting("Auth:Audience", TestTokens.Audience);
        builder.UseSetting("Auth:SigningKey", TestTokens.SigningKey);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Attachments:Storage:FileSystem:Root", BlobRoot);
        builder.UseSetting("Notifications:Email:Transport", "Smtp");
        builder.UseSetting("Notifications:Email:Host", "127.0.0.1");
        builder.UseSetting("Notifications:Email:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Notifications:Email:Security", "None");
        builder.UseSetting("Notifications:Email:Timeout", "00:00:02");
        builder.UseSetting("Notifications:PollInterval", "01:00:00"); // tests deliver explicitly, see DispatchAsync
        builder.UseSetting("Notifications:RetryBaseDelay", "00:00:00.001");
        builder.UseSetting("Notifications:MaxAttempts", "3");
        builder.UseSetting("Notifications:Webhooks:AllowInsecureUrls", "true"); // the test receiver is plain http on loopback
        builder.UseSetting("Notifications:Webhooks:AllowPrivateNetworks", "true");
        builder.UseSetting("Attachments:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A new, empty database on the tests' server, for tests that migrate a database of their own.</summary>
    public Task<string> CreateEmptyDatabaseAsync() => _postgres!.CreateDatabaseAsync();

    /// <summary>Provisions a tenant with the default catalog and statuses, as the <c>tenant add</c> command does.</summary>
    public async Task<TestTenant> CreateTenantAsync()
    {
        var slug = $"t-{Guid.NewGuid():N}"[..20];
        await using var scope = Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        await mediator.Send(new ProvisionTenantCommand(slug, $"Incorporadora {slug}", "pt-BR"));
        return new TestTenant(this, slug);
    }

    /// <summary>Runs SQL directly, for arranging states the API cannot reach yet (there are no staff endpoints).</summary>
    public async Task ExecuteSqlAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs the outbox dispatcher until nothing is due, as its background loop would.</summary>
    public async Task DispatchAsync()
    {
        var dispatcher = Services.GetRequiredService<PosVendas.Infrastructure.Notifications.OutboxDispatcher>();
        for (var round = 0; round < 100 && await dispatcher.DispatchOnceAsync(CancellationToken.None) > 0; round++)
        {
            await Task.Delay(5); // lets retry delays of a millisecond come due
        }
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public Task<Guid> TenantIdOfAsync(string slug) => ScalarAsync<Guid>("SELECT id FROM tenancy.tenants WHERE slug = $1", slug);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DropDatabaseAsync(ConnectionString);
            await _postgres.DisposeAsync();
        }

        await Smtp.DisposeAsync();
        if (Directory.Exists(BlobRoot))
        {
            Directory.Delete(BlobRoot, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<PosVendasApiFactory>
{
    public const string Name = "api";
}
