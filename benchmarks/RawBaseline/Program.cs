using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using PosVendas.Benchmarks.RawBaseline;

// The floor the API is measured against: the API's SQL through one NpgsqlDataSource, no authentication, no
// framework beyond Kestrel and minimal APIs. The caller says who it is in headers (X-Tenant-Id, X-Customer-Id,
// X-Locale) or the query string (tenant, customer, locale). It delivers the e-mails its writes leave in the outbox to
// .eml files in the PickupDirectory setting, as the API's dispatcher does in the benchmark (RawOutbox).
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
var connectionString = builder.Configuration.GetConnectionString("Postgres")
    ?? throw new InvalidOperationException("Set ConnectionStrings__Postgres.");
// The same connection settings as the API's: its statements are prepared automatically unless the connection string
// says otherwise (AppDbContextOptions.WithDefaults in src/Infrastructure, ADR 0006), so the baseline gets that too.
var settings = new NpgsqlConnectionStringBuilder(connectionString);
if (!connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase))
{
    settings.MaxAutoPrepare = 64;
}

builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(settings.ConnectionString));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHostedService<RawOutbox>();
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
});

var app = builder.Build();
app.MapGet("/raw/health", () => TypedResults.Ok("ok"));
app.MapRawTickets();
await app.RunAsync();
