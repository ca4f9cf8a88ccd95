using System.Net;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Api;

/// <summary>
/// Behind a load balancer every connection comes from the proxy. The API believes X-Forwarded-For only from the
/// proxies it is told about, so anonymous callers are limited by their own address; health probes are never limited.
/// The API runs as its own process on loopback, so the proxy's address is 127.0.0.1.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ForwardedHeadersTests(PosVendasApiFactory api)
{
    private static readonly Dictionary<string, string> TightLimit = new()
    {
        ["RateLimiting__PerUserPermitLimit"] = "3",
        ["RateLimiting__Window"] = "00:10:00",
    };

    [Fact]
    public async Task Behind_a_known_proxy_anonymous_callers_are_limited_by_their_own_address()
    {
        await using var process = await ApiProcess.StartAsync(api, new Dictionary<string, string>(TightLimit) { ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1" });
        using var http = new HttpClient { BaseAddress = process.Address };

        var first = await AnonymousCallsAsync(http, "203.0.113.10", 4);
        var second = await AnonymousCallsAsync(http, "203.0.113.20", 1);

        first.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
        second.Should().Equal([HttpStatusCode.Unauthorized], "another client behind the same proxy has its own budget");
    }

    [Fact]
    public async Task Without_configured_proxies_forwarded_addresses_are_not_believed()
    {
        await using var process = await ApiProcess.StartAsync(api, TightLimit);
        using var http = new HttpClient { BaseAddress = process.Address };

        await AnonymousCallsAsync(http, "203.0.113.10", 3);
        var spoofed = await AnonymousCallsAsync(http, "203.0.113.99", 1);

        spoofed.Should().Equal([HttpStatusCode.TooManyRequests], "a client cannot buy a new budget by writing X-Forwarded-For");
    }

    [Fact]
    public async Task Health_probes_are_never_rate_limited()
    {
        await using var process = await ApiProcess.StartAsync(api, TightLimit);
        using var http = new HttpClient { BaseAddress = process.Address };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 50; i++)
        {
            statuses.Add((await http.GetAsync(i % 2 == 0 ? "/health/live" : "/health/ready")).StatusCode);
        }

        statuses.Should().AllBeEquivalentTo(HttpStatusCode.OK, "a load balancer's probes must not take healthy instances out");
    }

    private static async Task<List<HttpStatusCode>> AnonymousCallsAsync(HttpClient http, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/service-types");
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            statuses.Add((await http.SendAsync(request)).StatusCode);
        }

        return statuses;
    }
}
