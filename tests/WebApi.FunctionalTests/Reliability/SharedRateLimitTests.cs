using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Reliability;

/// <summary>
/// Two API instances on one database and one Redis (each its own process, as behind a load balancer): a limit is
/// the deployment's, not each instance's; when Redis goes away requests are still served and readiness says so.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SharedRateLimitTests(PosVendasApiFactory api)
{
    private const int Limit = 6;

    [Fact]
    public async Task A_per_user_limit_holds_across_two_instances_sharing_Redis()
    {
        await using var redis = await TestRedis.StartAsync();
        var tenant = await api.CreateTenantAsync();
        await using var first = await ApiProcess.StartAsync(api, Settings(redis));
        await using var second = await ApiProcess.StartAsync(api, Settings(redis));
        var token = tenant.Token();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2 * Limit; i++)
        {
            var instance = i % 2 == 0 ? first : second;
            statuses.Add((await instance.Client(token).Http.GetAsync("/api/v1/tickets")).StatusCode);
        }

        statuses.Count(status => status == HttpStatusCode.OK).Should().Be(Limit, "each instance alone would have admitted the limit");
        statuses.Skip(Limit).Should().AllBeEquivalentTo(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Without_Redis_requests_are_served_readiness_is_degraded_and_both_recover_when_it_returns()
    {
        await using var redis = await TestRedis.StartAsync();
        var tenant = await api.CreateTenantAsync();
        await using var instance = await ApiProcess.StartAsync(api, Settings(redis));
        var customer = instance.Client(tenant.Token());
        (await RedisCheckAsync(instance)).Should().Be("Healthy");

        await redis.StopAsync();
        var whileDown = (await customer.Http.GetAsync("/api/v1/tickets")).StatusCode;
        var readinessWhileDown = await RedisCheckAsync(instance);
        await redis.StartAgainAsync();
        await Poll.UntilAsync(async () => await RedisCheckAsync(instance) == "Healthy");

        whileDown.Should().Be(HttpStatusCode.OK, "the limits fall back to the instance's own counting");
        readinessWhileDown.Should().Be("Degraded");
        (await customer.Http.GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static Dictionary<string, string> Settings(TestRedis redis) => new()
    {
        ["ConnectionStrings__Redis"] = redis.ConnectionString,
        ["RateLimiting__PerUserPermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting__Window"] = "00:10:00",
    };

    private static async Task<string?> RedisCheckAsync(ApiProcess instance)
    {
        using var http = new HttpClient { BaseAddress = instance.Address };
        var report = await http.GetFromJsonAsync<JsonElement>("/health/ready");
        return report.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString();
    }
}
