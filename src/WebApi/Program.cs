using PosVendas.Application;
using PosVendas.Application.Attachments;
using PosVendas.Application.Common.Behaviors;
using PosVendas.Infrastructure;
using PosVendas.Infrastructure.Notifications;
using PosVendas.Infrastructure.Persistence;
using PosVendas.WebApi.Cli;
using PosVendas.WebApi.Endpoints;
using PosVendas.WebApi.ErrorHandling;
using PosVendas.WebApi.Health;
using PosVendas.WebApi.Http;
using PosVendas.WebApi.Localization;
using PosVendas.WebApi.Logging;
using PosVendas.WebApi.OpenApi;
using PosVendas.WebApi.Security;
using PosVendas.WebApi.Telemetry;
using Serilog;
using Serilog.Formatting.Compact;

var isCommand = CommandLine.IsCommand(args);
// Commands find appsettings.json beside the program, wherever they are run from.
var builder = WebApplication.CreateBuilder(isCommand ? ["--contentRoot", AppContext.BaseDirectory] : args);

builder.Services.AddSerilog((services, logger) =>
{
    logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();

    // Each request writes its own log line to standard output, flushed with the event: nothing buffered to lose.
    // A background writer (Serilog.Sinks.Async) cost more than it saved: its thread spun between events, and without
    // it the API used 6 to 14% less CPU per list request at partial load (ADR 0009).
    if (builder.Environment.IsDevelopment())
    {
        // Who called and which trace, as in production's JSON (CallerLogContext); empty outside requests.
        logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {TraceId} {TenantId} {UserId}{NewLine}{Exception}");
    }
    else
    {
        logger.WriteTo.Sink(new StandardOutputSink(new RenderedCompactJsonFormatter()));
    }
});

builder.Services.AddApplication();
builder.Services.AddOptions<AttachmentOptions>()
    .BindConfiguration(AttachmentOptions.SectionName)
    .Validate(
        options => options.MaxFileBytes > 0 && options.MaxRequestBytes > 0 && options.MaxFilesPerRequest > 0
            && options.MaxFilesPerMessage > 0 && options.UnclaimedLifetime > TimeSpan.Zero && options.SweepInterval > TimeSpan.Zero,
        "Every Attachments limit, lifetime and interval must be positive.")
    .ValidateOnStart();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(PosVendas.Application.DependencyInjection)];
    options.PipelineBehaviors =
    [
        typeof(LoggingBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(TransactionBehavior<,>),
    ];
});

builder.Services.AddPosVendasAuthentication();
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDefaults.Apply);
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.ConfigureHttpJsonOptions(options => JsonSetup.Apply(options.SerializerOptions));
builder.Services.AddPosVendasSwagger();
builder.Services.AddPosVendasRateLimiting();
builder.Services.AddPosVendasForwardedHeaders();
builder.Services.AddPosVendasTelemetry(builder.Configuration);
builder.Services.AddPosVendasCors();
builder.Services.AddHealthChecks()
    .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
    .AddCheck<OutboxHealthCheck>("notifications", tags: ["ready"]);

var app = builder.Build();

if (isCommand)
{
    return await CommandLine.RunAsync(app.Services, args);
}

if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
{
    await CommandLine.MigrateAsync(app.Services, CancellationToken.None);
}

// First: behind a configured proxy, everything after it (logs, rate limits per address) sees the real caller.
app.UsePosVendasForwardedHeaders();

// Request logging wraps the exception handler, so it records the status the client received. It writes through this
// host's logger: left unset, the middleware would derive one from the static Log.Logger on every request, and the
// static logger is whichever host started last (the functional tests start several).
app.UseSerilogRequestLogging(options =>
{
    options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
    options.EnrichDiagnosticContext = CallerLogContext.EnrichRequestLog;
});
app.UseNoStore();
app.UseExceptionHandler();
app.UseStatusCodePages();
// Only requests for /swagger go through Swagger's middlewares: they match each path they see against their routes,
// which was about 4% of the list's CPU (ADR 0010).
app.UseWhen(context => context.Request.Path.StartsWithSegments("/swagger"), swagger =>
{
    swagger.UsePosVendasSwagger();
});
app.UsePortalSite();
app.UseRequestSizeLimit(app.Configuration);
app.UseCors();
app.UseAuthentication();
app.UseCallerLogContext();
app.UseRequestLanguage();
app.UseRateLimiter();
app.UseAuthorization();

// Load balancers probe health as often as they like: never rate limited.
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).DisableRateLimiting();
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthResponses.WriteJsonAsync })
    .DisableRateLimiting();
app.MapPosVendasTelemetry();
app.MapServiceTypesEndpoints();
app.MapStatusesEndpoints();
app.MapTicketsEndpoints();
app.MapAttachmentsEndpoints();
app.MapStaffTicketsEndpoints();
app.MapAdminStatusesEndpoints();
app.MapAdminCatalogEndpoints();
app.MapAdminNotificationsEndpoints();
app.MapAdminSettingsEndpoints();
app.MapAdminLocationsEndpoints();
app.MapWarrantyEndpoints();
app.MapMeEndpoints();
app.MapPortalEndpoints();
if (app.Environment.IsDevelopment())
{
    app.MapDevTokensEndpoints();
}

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
