using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace PosVendas.Infrastructure.SharedState;

/// <summary>
/// Redis as the state API instances share (ADR 0019), when <c>ConnectionStrings:Redis</c> is set: the rate limits'
/// counters and the second level of the caller cache. Without it every instance keeps that state in its own memory, as
/// a single instance should.
/// </summary>
public static class Redis
{
    public const string ConnectionStringName = "Redis";

    /// <summary>How long a Redis call may take before the caller falls back to its own memory.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName));

    /// <summary>
    /// Registers one connection (made when first needed, in the background: the API starts and serves requests while
    /// Redis is down) and its readiness check.
    /// </summary>
    public static IServiceCollection AddRedisIfConfigured(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return services;
        }

        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(configuration.GetConnectionString(ConnectionStringName)!);
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = (int)Timeout.TotalMilliseconds;
            options.SyncTimeout = (int)Timeout.TotalMilliseconds;
            options.AsyncTimeout = (int)Timeout.TotalMilliseconds;
            options.ClientName ??= "posvendas";
            return ConnectionMultiplexer.Connect(options);
        });
        // The second level of HybridCache (the caller cache), over the same connection.
        services.AddStackExchangeRedisCache(cache => cache.InstanceName = "posvendas:cache:");
        services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((cache, provider) =>
            cache.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()));
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return services;
    }
}

/// <summary>
/// Readiness of the shared state: Degraded, never Unhealthy, when Redis does not answer, since requests are still
/// served with per-instance limits (the WebApi's RedisFixedWindowLimiter).
/// </summary>
internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(Redis.Timeout, cancellationToken);
            return HealthCheckResult.Healthy("Rate limits are shared through Redis.", new Dictionary<string, object> { ["pingMilliseconds"] = Math.Round(latency.TotalMilliseconds, 1) });
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return HealthCheckResult.Degraded("Redis does not answer: each instance counts rate limits on its own until it does.");
        }
    }
}
