using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Security;

/// <summary>
/// Tokens from the tenants' own identity providers (Auth:Providers): real OpenID providers (oidc-provider) in the
/// claim layouts of Keycloak, Microsoft Entra ID and Auth0, each bound to its tenants. The API finds their keys by
/// discovery, reads each provider's claims where it puts them, and accepts a provider's token only for its tenants.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IdentityProviderTests(PosVendasApiFactory api) : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _disposables = [];
    private TestTenant _alpha = null!;
    private TestTenant _beta = null!;

    /// <summary>Keycloak's layout: roles in realm_access.roles, the tenant in a user attribute claim; buyers have no role.</summary>
    private TestOidcProvider _keycloak = null!;

    /// <summary>Entra ID's layout: app roles in roles, the e-mail in preferred_username, one tenant per directory.</summary>
    private TestOidcProvider _entra = null!;

    public async Task InitializeAsync()
    {
        _alpha = await api.CreateTenantAsync();
        _beta = await api.CreateTenantAsync();
        _keycloak = await StartAsync(
            new Dictionary<string, object>
            {
                ["ana"] = new { email = "ana@example.com", name = "Ana Souza", tenant = _alpha.Slug, realm_access = new { roles = new[] { "offline_access" } } },
                ["carla"] = new { email = "carla@acme.example", name = "Carla Lima", tenant = _alpha.Slug, realm_access = new { roles = new[] { "offline_access", "posvendas-agent" } } },
                ["mallory"] = new { email = "mallory@example.com", name = "Mallory", tenant = _beta.Slug, realm_access = new { roles = new[] { "posvendas-admin" } } },
            },
            ["email", "name", "tenant", "realm_access"]);
        _entra = await StartAsync(
            new Dictionary<string, object>
            {
                ["bruno"] = new { preferred_username = "bruno@beta.example", name = "Bruno Alves", roles = new[] { "PosVendas.Admin" } },
                ["nobody"] = new { preferred_username = "nobody@beta.example", name = "No Role" },
            },
            ["preferred_username", "name", "roles"]);
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in _disposables)
        {
            await disposable.DisposeAsync();
        }
    }

    [Fact]
    public async Task Keycloak_layout_buyers_are_customers_and_realm_roles_make_agents()
    {
        using var host = Host();
        var ana = Client(host, await _keycloak.SignInAsync("ana"));
        var carla = Client(host, await _keycloak.SignInAsync("carla"));

        var ticket = await new ApiClient(ana).OpenTicketAsync();
        (await ana.GetAsync("/api/v1/staff/tickets")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a buyer without a PosVendas role is a customer");

        var staffView = await carla.GetFromJsonAsync<StaffTicketView>($"/api/v1/staff/tickets/{ticket.Number}");
        staffView!.Customer.Should().Be(new QueueCustomerView("Ana Souza", "ana@example.com"), "name and e-mail come from the provider's token");
        (await carla.GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "the realm role posvendas-agent makes an agent");
    }

    [Fact]
    public async Task Entra_layout_app_roles_and_preferred_username_are_read_and_a_user_without_a_role_is_refused()
    {
        using var host = Host();
        var bruno = Client(host, await _entra.SignInAsync("bruno"));
        var nobody = Client(host, await _entra.SignInAsync("nobody"));

        var settings = await bruno.GetAsync("/api/v1/admin/settings");
        settings.StatusCode.Should().Be(HttpStatusCode.OK, "the app role PosVendas.Admin makes an admin of the provider's only tenant");
        (await settings.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("displayName").GetString().Should().Contain(_beta.Slug);

        var refused = await nobody.GetAsync("/api/v1/tickets");
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.Detail.Should().Be(
            "O token de acesso não traz nenhum papel que o provedor de identidade associe a customer, agent ou admin.",
            "without an app role and without a default role, the provider's user has no role in PosVendas");
    }

    [Fact]
    public async Task A_token_from_one_provider_is_refused_for_a_tenant_bound_to_another()
    {
        using var host = Host();
        var mallory = Client(host, await _keycloak.SignInAsync("mallory"));

        var response = await mallory.GetAsync("/api/v1/admin/settings");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.Detail.Should().Be("O provedor de identidade que emitiu o token de acesso não atende o tenant do token.");
        (await Client(host, await _entra.SignInAsync("bruno")).GetAsync("/api/v1/admin/settings")).StatusCode.Should().Be(HttpStatusCode.OK, "the tenant's own provider is accepted");
    }

    [Fact]
    public async Task A_token_of_the_deployments_own_key_still_works_beside_the_providers()
    {
        using var host = Host();
        var own = Client(host, _alpha.Token());

        (await own.GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deployment_of_providers_only_refuses_tokens_signed_with_any_other_key()
    {
        using var host = Host(builder => builder.UseSetting("Auth:SigningKey", ""));

        await (await Client(host, _alpha.Token()).GetAsync("/api/v1/tickets")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await Client(host, await _keycloak.SignInAsync("ana")).GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task After_a_key_rotation_the_new_key_is_picked_up_and_tokens_of_the_retired_key_are_refused()
    {
        using var host = Host();
        var before = await _keycloak.SignInAsync("ana");
        (await Client(host, before).GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.OK);

        await _keycloak.RotateKeysAsync();
        var after = await _keycloak.SignInAsync("ana");

        // The first token signed with the unknown key makes the API reload the provider's keys.
        await Poll.UntilAsync(async () => (await Client(host, after).GetAsync("/api/v1/tickets")).StatusCode == HttpStatusCode.OK);
        await (await Client(host, before).GetAsync("/api/v1/tickets")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Auth0_layout_namespaced_claims_choose_among_several_tenants()
    {
        var gamma = await api.CreateTenantAsync();
        var auth0 = await StartAsync(
            new Dictionary<string, object>
            {
                ["dora"] = new Dictionary<string, object>
                {
                    ["email"] = "dora@example.com",
                    ["name"] = "Dora",
                    ["https://posvendas.example/tenant"] = gamma.Slug,
                    ["https://posvendas.example/roles"] = new[] { "agent" },
                },
                ["eve"] = new Dictionary<string, object>
                {
                    ["email"] = "eve@example.com",
                    ["name"] = "Eve",
                    ["https://posvendas.example/tenant"] = _beta.Slug,
                    ["https://posvendas.example/roles"] = new[] { "admin" },
                },
            },
            ["email", "name", "https://posvendas.example/tenant", "https://posvendas.example/roles"]);
        using var host = Host(builder => builder
            .UseSetting("Auth:Providers:auth0:Authority", auth0.Issuer)
            .UseSetting("Auth:Providers:auth0:Tenants:0", _alpha.Slug)
            .UseSetting("Auth:Providers:auth0:Tenants:1", gamma.Slug)
            .UseSetting("Auth:Providers:auth0:Claims:Tenant", "https://posvendas.example/tenant")
            .UseSetting("Auth:Providers:auth0:Claims:Role", "https://posvendas.example/roles"));

        (await Client(host, await auth0.SignInAsync("dora")).GetAsync("/api/v1/staff/tickets")).StatusCode.Should().Be(HttpStatusCode.OK, "dora is an agent of gamma");
        await (await Client(host, await auth0.SignInAsync("eve")).GetAsync("/api/v1/admin/settings")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private async Task<TestOidcProvider> StartAsync(IReadOnlyDictionary<string, object> accounts, IReadOnlyList<string> accessTokenClaims)
    {
        var provider = await TestOidcProvider.StartAsync(accounts, accessTokenClaims);
        _disposables.Add(provider);
        return provider;
    }

    private WebApplicationFactory<Program> Host(Action<Microsoft.AspNetCore.Hosting.IWebHostBuilder>? more = null) => api.WithWebHostBuilder(builder =>
    {
        builder
            .UseSetting("Auth:Providers:keycloak:Authority", _keycloak.Issuer)
            .UseSetting("Auth:Providers:keycloak:Tenants:0", _alpha.Slug)
            .UseSetting("Auth:Providers:keycloak:Claims:Tenant", "tenant")
            .UseSetting("Auth:Providers:keycloak:Claims:Role", "realm_access.roles")
            .UseSetting("Auth:Providers:keycloak:Roles:posvendas-agent", "agent")
            .UseSetting("Auth:Providers:keycloak:Roles:posvendas-admin", "admin")
            .UseSetting("Auth:Providers:keycloak:DefaultRole", "customer")
            .UseSetting("Auth:Providers:keycloak:KeyRefreshInterval", "00:00:01")
            .UseSetting("Auth:Providers:entra:Authority", _entra.Issuer)
            .UseSetting("Auth:Providers:entra:Tenants:0", _beta.Slug)
            .UseSetting("Auth:Providers:entra:Claims:Email", "preferred_username")
            .UseSetting("Auth:Providers:entra:Claims:Role", "roles")
            .UseSetting("Auth:Providers:entra:Roles:PosVendas.Admin", "admin")
            .UseSetting("Auth:Providers:entra:Roles:PosVendas.Agent", "agent");
        more?.Invoke(builder);
    });

    private static HttpClient Client(WebApplicationFactory<Program> host, string token)
    {
        var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
