using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PosVendas.Application.Common.Telemetry;
using PosVendas.Application.Localization;
using PosVendas.WebApi.Localization;
using PosVendas.WebApi.Security;
using StackExchange.Redis;

namespace PosVendas.WebApi.Http;

/// <summary>The <c>RateLimiting</c> section: requests per window for each user and for each tenant.</summary>
internal sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public int PerUserPermitLimit { get; set; } = 300;

    public int PerTenantPermitLimit { get; set; } = 3000;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Fixed-window limits per user and per tenant (anonymous callers per address), answered with 429, a
/// <c>Retry-After</c> header and problem details. One user cannot exhaust a tenant, nor one tenant the deployment.
/// With Redis configured the windows are counted there, so the limits hold across every instance; otherwise, or
/// while Redis does not answer, each instance counts in its own memory (ADR 0019).
/// </summary>
internal static class RateLimitingSetup
{
    public static IServiceCollection AddPosVendasRateLimiting(this IServiceCollection services)
    {
        // Checked at startup: the limiters are made at a partition's first request, and a limit or window that is not
        // positive would make every request fail there.
        services.AddOptions<RateLimitingOptions>()
            .BindConfiguration(RateLimitingOptions.SectionName)
            .Validate(
                limits => limits.PerUserPermitLimit > 0 && limits.PerTenantPermitLimit > 0 && limits.Window > TimeSpan.Zero,
                "RateLimiting:PerUserPermitLimit, RateLimiting:PerTenantPermitLimit and RateLimiting:Window must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { }); // the middleware's services; its options come from the validated limits below
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>, IServiceProvider>((options, configured, provider) =>
        {
            var limits = configured.Value;
            var redis = provider.GetService<IConnectionMultiplexer>();
            var clock = provider.GetRequiredService<TimeProvider>();
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = OnRejected;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, Partition>(http =>
                    Window("user", http.Caller() is { } caller ? new(caller.TenantId, caller.Subject, null) : Anonymous(http), limits.PerUserPermitLimit, limits.Window, redis, clock)),
                PartitionedRateLimiter.Create<HttpContext, Partition>(http =>
                    Window("tenant", http.Caller() is { } caller ? new(caller.TenantId, null, null) : Anonymous(http), limits.PerTenantPermitLimit, limits.Window, redis, clock)));
        });
        return services;
    }

    /// <summary>
    /// Whose requests a window counts: a user (tenant and subject), a tenant (tenant alone) or, for requests without
    /// an accepted token, an address.
    /// </summary>
    private readonly record struct Partition(Guid Tenant, string? Subject, IPAddress? Address);

    private static Partition Anonymous(HttpContext http) => new(Guid.Empty, null, http.Connection.RemoteIpAddress);

    private static RateLimitPartition<Partition> Window(string kind, Partition key, int permits, TimeSpan window, IConnectionMultiplexer? redis, TimeProvider clock) =>
        RateLimitPartition.Get(key, partition =>
        {
            var own = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
            return redis is null
                ? own
                : new RedisFixedWindowLimiter(redis, $"posvendas:ratelimit:{kind}:{partition.Tenant:N}:{partition.Subject}:{partition.Address}", permits, window, own, clock);
        });

    private static async ValueTask OnRejected(OnRejectedContext context, CancellationToken cancellationToken)
    {
        ProductMetrics.RateLimitRejections.Add(1);
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too Many Requests",
                Detail = Texts.RetryAfter.In(RequestLanguage.Resolve(context.HttpContext), seconds),
            },
        });
    }
}
