using System.Net;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Reliability;

/// <summary>
/// Two API instances on one database and one Redis (each its own process, as behind a load balancer): a per-user
/// limit is the deployment's, not each instance's. The tenant limit, and Redis going away, are checked through the
/// proxy in <see cref="MultiInstanceTests"/>.
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

    private static Dictionary<string, string> Settings(TestRedis redis) => new()
    {
        ["ConnectionStrings__Redis"] = redis.ConnectionString,
        ["RateLimiting__PerUserPermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting__Window"] = "00:10:00",
    };
}
