using System.Net;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Api;

[Collection(ApiCollection.Name)]
public sealed class RateLimitAndCorsTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Exceeding_the_per_user_limit_is_429_with_Retry_After_and_other_users_go_on()
    {
        var tenant = await api.CreateTenantAsync();
        using var limited = api.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimiting:PerUserPermitLimit", "5")
            .UseSetting("RateLimiting:Window", "00:01:00"));
        var ana = Client(limited, tenant.Customer("Ana"));
        var bia = Client(limited, tenant.Customer("Bia"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await ana.GetAsync("/api/v1/tickets")).StatusCode);
        }

        var rejected = await ana.GetAsync("/api/v1/tickets");
        statuses.Take(5).Should().OnlyContain(status => status == HttpStatusCode.OK);
        statuses.Skip(5).Should().OnlyContain(status => status == HttpStatusCode.TooManyRequests);
        var problem = await rejected.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(rejected.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.Should().BeInRange(1, 60);
        problem.Detail.Should().Be($"Requisições demais. Tente de novo em {retryAfter} segundos.", "the tenant's language is pt-BR");
        (await bia.GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Configured_origins_may_call_the_api_from_a_browser_and_others_may_not()
    {
        using var withCors = api.WithWebHostBuilder(builder => builder.UseSetting("Cors:AllowedOrigins:0", "https://portal.example.com"));
        var http = withCors.CreateClient();

        var allowed = await http.SendAsync(Preflight("https://portal.example.com"));
        var other = await http.SendAsync(Preflight("https://evil.example.com"));

        allowed.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("https://portal.example.com");
        other.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/tickets");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
        return request;
    }

    private static HttpClient Client(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, ApiClient like)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = like.Http.DefaultRequestHeaders.Authorization;
        return http;
    }
}
