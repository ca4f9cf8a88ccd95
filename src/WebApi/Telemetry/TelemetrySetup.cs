using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PosVendas.Application.Common.Telemetry;

namespace PosVendas.WebApi.Telemetry;

/// <summary>
/// The <c>Telemetry</c> section. Off by default: the embedded single process exports nothing and pays nothing.
/// </summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>
    /// An OTLP collector (<c>http://collector:4317</c>) that receives traces and metrics. The standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable works too.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Serve metrics for Prometheus to scrape at <c>/metrics</c> (no token; keep it off the public network).</summary>
    public bool PrometheusEnabled { get; set; }

    /// <summary>The <c>service.name</c> of traces and metrics.</summary>
    public string ServiceName { get; set; } = "posvendas-api";
}

/// <summary>
/// OpenTelemetry (ADR 0020): traces of ASP.NET Core, HttpClient (webhooks, S3) and Npgsql; metrics of those, of the
/// .NET runtime and of the product (<see cref="ProductMetrics"/>); exported over OTLP and/or scraped by Prometheus.
/// </summary>
internal static class TelemetrySetup
{
    public static IServiceCollection AddPosVendasTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = options.OtlpEndpoint ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(otlp) && !options.PrometheusEnabled)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter("Npgsql")
                    .AddMeter(ProductMetrics.MeterName);
                if (options.PrometheusEnabled)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            telemetry
                .WithTracing(tracing => tracing
                    .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddNpgsql())
                .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(otlp));
        }

        return services;
    }

    /// <summary>Maps <c>/metrics</c> when Prometheus is on: anonymous and never rate limited, like health.</summary>
    public static WebApplication MapPosVendasTelemetry(this WebApplication app)
    {
        if (app.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() is { PrometheusEnabled: true })
        {
            app.MapPrometheusScrapingEndpoint("/metrics").DisableRateLimiting();
        }

        return app;
    }
}
