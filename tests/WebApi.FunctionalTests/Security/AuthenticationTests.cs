using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Security;

[Collection(ApiCollection.Name)]
public sealed class AuthenticationTests(PosVendasApiFactory api)
{
    [Theory]
    [InlineData("/api/v1/tickets")]
    [InlineData("/api/v1/tickets/1")]
    [InlineData("/api/v1/service-types")]
    public async Task Requests_without_a_token_get_401_problem(string path)
    {
        var anonymous = ApiClient.WithToken(api, token: null);

        var response = await anonymous.Http.GetAsync(path);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.Detail.Should().Contain("Authorization: Bearer <token>");
        response.Headers.WwwAuthenticate.Should().ContainSingle(header => header.Scheme == "Bearer");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_gets_401()
    {
        var tenant = await api.CreateTenantAsync();
        var claims = TestTokens.Claims(tenant.Slug, "ana", "ana@example.com", "Ana", "customer");
        var forged = ApiClient.WithToken(api, TestTokens.Create(claims, signingKey: "another-key-that-is-long-enough-0123456789"));

        await (await forged.Http.GetAsync("/api/v1/tickets")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_token_gets_401()
    {
        var tenant = await api.CreateTenantAsync();
        var claims = TestTokens.Claims(tenant.Slug, "ana", "ana@example.com", "Ana", "customer");
        var expired = ApiClient.WithToken(api, TestTokens.Create(claims, expires: DateTime.UtcNow.AddMinutes(-10)));

        await (await expired.Http.GetAsync("/api/v1/tickets")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_from_another_issuer_gets_401()
    {
        var tenant = await api.CreateTenantAsync();
        var claims = TestTokens.Claims(tenant.Slug, "ana", "ana@example.com", "Ana", "customer");
        var foreign = ApiClient.WithToken(api, TestTokens.Create(claims, issuer: "someone-else"));

        await (await foreign.Http.GetAsync("/api/v1/tickets")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(null, "O tenant do token de acesso não existe.")]
    [InlineData("en", "The access token's tenant does not exist.")]
    [InlineData("es", "El tenant del token de acceso no existe.")]
    public async Task A_valid_token_for_a_tenant_that_does_not_exist_gets_401_not_500_in_the_language_asked_for(string? acceptLanguage, string detail)
    {
        var claims = TestTokens.Claims("no-such-tenant", "ana", "ana@example.com", "Ana", "customer");
        var client = ApiClient.WithToken(api, TestTokens.Create(claims));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tickets");
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        var problem = await (await client.Http.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        problem.Detail.Should().Be(detail, "the tenant is unknown, so Portuguese unless the request asks otherwise");
    }

    [Theory]
    [InlineData("sub")]
    [InlineData("email")]
    [InlineData("name")]
    [InlineData("tenant")]
    [InlineData("role")]
    public async Task A_token_missing_a_required_claim_gets_401(string missingClaim)
    {
        var tenant = await api.CreateTenantAsync();
        var claims = TestTokens.Claims(tenant.Slug, "ana", "ana@example.com", "Ana", "customer");
        claims.Remove(missingClaim);
        var client = ApiClient.WithToken(api, TestTokens.Create(claims));

        var problem = await (await client.Http.GetAsync("/api/v1/tickets")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        problem.Detail.Should().Contain("sub, email, name, tenant e role", "without Accept-Language or a token locale, in Portuguese");
    }

    [Fact]
    public async Task A_token_with_an_unknown_role_gets_401()
    {
        var tenant = await api.CreateTenantAsync();
        var claims = TestTokens.Claims(tenant.Slug, "ana", "ana@example.com", "Ana", "superuser");
        var client = ApiClient.WithToken(api, TestTokens.Create(claims));

        await (await client.Http.GetAsync("/api/v1/tickets")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("admin")]
    public async Task Staff_roles_get_403_on_the_customer_ticket_endpoints(string role)
    {
        var tenant = await api.CreateTenantAsync();
        var staff = tenant.Staff(role: role);

        await (await staff.Http.GetAsync("/api/v1/tickets")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var subject = await staff.FindSubjectAsync("Reembolso");
        await (await staff.PostTicketAsync(subject.Id, "Pedido")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_customers_name_follows_the_token()
    {
        var tenant = await api.CreateTenantAsync();
        var ticket = await ApiClient.WithToken(api, TestTokens.Create(TestTokens.Claims(tenant.Slug, "buyer-42", "old@example.com", "Nome Antigo", "customer"))).OpenTicketAsync();
        var renamed = ApiClient.WithToken(api, TestTokens.Create(TestTokens.Claims(tenant.Slug, "buyer-42", "new@example.com", "Nome Novo", "customer")));

        (await renamed.PostReplyAsync(ticket.Number, "Mudei de nome")).StatusCode.Should().Be(HttpStatusCode.Created);

        var detail = await renamed.GetTicketAsync(ticket.Number);
        detail.Comments.Should().ContainSingle().Which.Author.Name.Should().Be("Nome Novo");
    }

    [Fact]
    public async Task Requests_on_one_kept_alive_connection_are_each_answered_for_their_own_token()
    {
        // The caller that authentication establishes lives on the request, not on the connection: over real HTTP/1.1
        // keep-alive, a request without a token after a Spanish-speaking customer's is answered as anonymous, in the
        // default language, and the same subject in another tenant sees none of the first tenant's tickets.
        var first = await api.CreateTenantAsync();
        var second = await api.CreateTenantAsync();
        await first.Customer("Bia").OpenTicketAsync();
        var spanishClaims = TestTokens.Claims(first.Slug, "customer-Bia", "bia@example.com", "Bia", "customer");
        spanishClaims["locale"] = "es";
        using var live = api.WithWebHostBuilder(_ => { });
        live.UseKestrel(0);
        live.StartServer();
        var address = live.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = new Uri(address) };

        var spanish = await SendAsync(http, TestTokens.Create(spanishClaims));
        var anonymous = await SendAsync(http, token: null);
        var otherTenant = await SendAsync(http, second.Token("Bia"));

        (await ItemCountAsync(spanish)).Should().Be(1);
        (await anonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).Detail.Should().StartWith("É preciso um token de acesso");
        (await ItemCountAsync(otherTenant)).Should().Be(0);
    }

    private static async Task<int> ItemCountAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("items").GetArrayLength();
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tickets");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }
}
