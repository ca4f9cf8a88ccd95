using System.Threading.RateLimiting;
using PosVendas.Infrastructure.SharedState;
using StackExchange.Redis;

namespace PosVendas.WebApi.Http;

/// <summary>
/// A fixed-window rate limiter whose counter lives in Redis, so every API instance counts against the same limit
/// (ADR 0019). Windows are aligned to the clock, so instances agree on when one starts. When Redis is not connected,
/// or a call fails or takes longer than <see cref="Redis.Timeout"/>, the request is counted by
/// <paramref name="fallback"/>, the instance's own limiter: requests keep being served, limited per instance.
/// </summary>
internal sealed class RedisFixedWindowLimiter(
    IConnectionMultiplexer redis, string key, int permitLimit, TimeSpan window, RateLimiter fallback, TimeProvider clock) : RateLimiter
{
    /// <summary>Counts the request in the current window and returns the count and the window's remaining milliseconds.</summary>
    private const string CountScript = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return { count, redis.call('PTTL', KEYS[1]) }
        """;

    public override TimeSpan? IdleDuration => fallback.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => fallback.GetStatistics();

    /// <summary>
    /// The synchronous attempt never blocks on the network: with Redis connected it defers to
    /// <see cref="AcquireAsyncCore"/> (ASP.NET Core's middleware tries that next); without, the instance counts.
    /// </summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        redis.IsConnected ? Lease.Deferred : fallback.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (!redis.IsConnected)
        {
            return await fallback.AcquireAsync(permitCount, cancellationToken);
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var windowMs = (long)window.TotalMilliseconds;
        var windowKey = new RedisKey($"{key}:{now / windowMs}");
        try
        {
            var result = (RedisResult[])(await redis.GetDatabase()
                .ScriptEvaluateAsync(CountScript, [windowKey], [windowMs])
                .WaitAsync(Redis.Timeout, cancellationToken))!;
            var count = (long)result[0];
            var remaining = TimeSpan.FromMilliseconds(Math.Max(0, (long)result[1]));
            return count <= permitLimit ? Lease.Acquired : new Lease(false, remaining);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return await fallback.AcquireAsync(permitCount, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            fallback.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await fallback.DisposeAsync();
        await base.DisposeAsyncCore();
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true, null);

        /// <summary>Not decided yet: the asynchronous attempt asks Redis.</summary>
        public static readonly Lease Deferred = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
