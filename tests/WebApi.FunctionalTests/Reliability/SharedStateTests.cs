using System.Net;
using PosVendas.WebApi.FunctionalTests.Infrastructure;
using StackExchange.Redis;

namespace PosVendas.WebApi.FunctionalTests.Reliability;

/// <summary>
/// Two API instances on one database and one Redis (each its own process, as behind a load balancer): a per-user
/// limit is the deployment's, not each instance's, and a caller one instance has resolved is known to the other. The
/// tenant limit, and Redis going away, are checked through the proxy in <see cref="MultiInstanceTests"/>.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SharedStateTests(PosVendasApiFactory api)
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
    public async Task A_caller_one_instance_resolved_is_found_in_Redis_by_the_other_without_their_personal_data()
    {
        await using var redis = await TestRedis.StartAsync();
        var tenant = await api.CreateTenantAsync();
        await using var first = await ApiProcess.StartAsync(api, Settings(redis));
        var customer = TestTokens.Create(TestTokens.Claims(tenant.Slug, "customer-7", "beatriz@example.com", "Beatriz Lima", "customer"));
        var before = await first.Client(customer).Http.GetStringAsync("/api/v1/service-types");

        // Behind the API's back, so only a cache can still answer with the old language.
        await api.ExecuteSqlAsync("UPDATE tenancy.tenants SET default_locale = 'es' WHERE slug = $1", tenant.Slug);
        await using var second = await ApiProcess.StartAsync(api, Settings(redis));
        var fromRedis = await second.Client(customer).Http.GetStringAsync("/api/v1/service-types");
        await using var alone = await ApiProcess.StartAsync(api);
        var fromDatabase = await alone.Client(customer).Http.GetStringAsync("/api/v1/service-types");

        fromRedis.Should().Be(before, "the second instance found the tenant the first had read, in Redis");
        fromDatabase.Should().NotBe(before, "an instance without Redis reads the tenant's new default language");
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var keys = connection.GetServer(connection.GetEndPoints()[0]).Keys(pattern: "posvendas:cache:*").Select(key => key.ToString()).ToList();
        keys.Should().Contain($"posvendas:cache:tenant:{tenant.Slug}").And.Contain(key => key.EndsWith(":customer-7", StringComparison.Ordinal));
        foreach (var key in keys)
        {
            var stored = string.Concat((await connection.GetDatabase().HashGetAllAsync(key)).Select(field => field.Value.ToString()));
            stored.Should().NotContain("beatriz@example.com").And.NotContain("Beatriz", "the cache keeps a digest of the customer's details, not the details");
        }
    }

    private static Dictionary<string, string> Settings(TestRedis redis) => new()
    {
        ["ConnectionStrings__Redis"] = redis.ConnectionString,
        ["RateLimiting__PerUserPermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting__Window"] = "00:10:00",
    };
}
