using System.Net.Http.Headers;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

/// <summary>A tenant created for one test, and the people who call the API in it.</summary>
public sealed class TestTenant(PosVendasApiFactory factory, string slug)
{
    public string Slug { get; } = slug;

    /// <summary>A home buyer of this tenant; the same name gives the same person (same token subject).</summary>
    public ApiClient Customer(string name = "Ana") => Client(name, "customer");

    /// <summary>A customer whose token asks for <paramref name="locale"/> (pt-BR, en, es).</summary>
    public ApiClient CustomerSpeaking(string locale, string name = "Ana") => Client(name, "customer", locale: locale);

    public ApiClient Admin(string name = "Denise") => Client(name, "admin");

    public ApiClient Staff(string name = "Bruno", string role = "agent") => Client(name, role);

    /// <summary>An agent who works only for the given departments (token claim <c>departments</c>).</summary>
    public ApiClient AgentOf(params string[] departmentIds) => Client("Carla", "agent", departmentIds);

    /// <summary>The bearer token of a person of this tenant, for clients outside the test host.</summary>
    public string Token(string name = "Ana", string role = "customer") => TestTokens.Create(Claims(name, role));

    private ApiClient Client(string name, string role, string[]? departmentIds = null, string? locale = null)
    {
        var claims = Claims(name, role);
        if (departmentIds is not null)
        {
            claims["departments"] = departmentIds;
        }

        if (locale is not null)
        {
            claims["locale"] = locale;
        }

        return ApiClient.WithToken(factory, TestTokens.Create(claims));
    }

    private Dictionary<string, object> Claims(string name, string role) =>
        TestTokens.Claims(Slug, $"{role}-{name}", $"{name.ToLowerInvariant()}@example.com", name, role);
}

/// <summary>An HTTP client of the API under test, optionally carrying a bearer token.</summary>
public sealed class ApiClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static ApiClient WithToken(PosVendasApiFactory factory, string? token)
    {
        var http = factory.CreateClient();
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return new ApiClient(http);
    }
}
