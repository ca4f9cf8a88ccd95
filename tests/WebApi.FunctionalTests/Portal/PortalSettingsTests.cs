using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Portal;

/// <summary>
/// What a portal reads before anyone signs in (GET /api/v1/portal/{tenant}): the company's look as its admins set it,
/// where its customers sign in, and the upload limits; and the site itself, served at /portal/ when it is built.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PortalSettingsTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task A_portal_reads_the_companys_branding_sign_in_and_upload_limits_without_a_token()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var etag = (await admin.Http.GetAsync("/api/v1/admin/settings")).Headers.ETag!.Tag;
        (await admin.PatchSettingsAsync(etag, new { logoUrl = "https://cdn.exemplo.com/logo.png", primaryColor = "#7a1f3d" })).StatusCode.Should().Be(HttpStatusCode.OK);
        using var host = api.WithWebHostBuilder(builder => builder
            .UseSetting("Auth:Providers:acme:Authority", "https://sso.acme.example/realms/clientes")
            .UseSetting("Auth:Providers:acme:Tenants:0", tenant.Slug)
            .UseSetting("Auth:Providers:acme:Portal:ClientId", "posvendas-portal"));

        var response = await host.CreateClient().GetAsync($"/api/v1/portal/{tenant.Slug}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var portal = await response.Content.ReadFromJsonAsync<JsonElement>();
        portal.GetProperty("displayName").GetString().Should().Be($"Incorporadora {tenant.Slug}");
        portal.GetProperty("logoUrl").GetString().Should().Be("https://cdn.exemplo.com/logo.png");
        portal.GetProperty("primaryColor").GetString().Should().Be("#7A1F3D");
        portal.GetProperty("timeZone").GetString().Should().Be("America/Sao_Paulo");
        portal.GetProperty("signIn").GetProperty("authority").GetString().Should().Be("https://sso.acme.example/realms/clientes");
        portal.GetProperty("signIn").GetProperty("clientId").GetString().Should().Be("posvendas-portal");
        portal.GetProperty("signIn").GetProperty("scope").GetString().Should().Be("openid profile email");
        portal.GetProperty("developmentTokens").GetBoolean().Should().BeFalse("the tests' host is not Development");
        var uploads = portal.GetProperty("uploads");
        uploads.GetProperty("maxFileBytes").GetInt64().Should().Be(PosVendasApiFactory.MaxFileBytes);
        uploads.GetProperty("acceptedFiles").EnumerateArray().Select(kind => kind.GetProperty("contentType").GetString())
            .Should().Contain(["image/jpeg", "application/pdf"]);
    }

    [Fact]
    public async Task A_tenant_without_branding_or_provider_gets_the_default_colour_and_no_sign_in()
    {
        var tenant = await api.CreateTenantAsync();

        var portal = await ApiClient.WithToken(api, token: null).Http.GetFromJsonAsync<JsonElement>($"/api/v1/portal/{tenant.Slug}");

        portal.GetProperty("primaryColor").GetString().Should().Be("#0B5CAD");
        portal.GetProperty("logoUrl").ValueKind.Should().Be(JsonValueKind.Null);
        portal.GetProperty("signIn").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("nao-existe")]
    [InlineData("Not A Slug")]
    public async Task An_unknown_tenant_is_404_problem(string slug)
    {
        var response = await ApiClient.WithToken(api, token: null).Http.GetAsync($"/api/v1/portal/{Uri.EscapeDataString(slug)}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Detail.Should().Contain(slug);
    }

    [Fact]
    public async Task Branding_refuses_an_insecure_logo_and_a_colour_white_text_is_unreadable_on()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var etag = (await admin.Http.GetAsync("/api/v1/admin/settings")).Headers.ETag!.Tag;

        var refused = await admin.PatchSettingsAsync(etag, new { logoUrl = "http://cdn.exemplo.com/logo.png", primaryColor = "#FFD700" });

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors.Should().ContainKeys("logoUrl", "primaryColor");
        problem.Errors!["primaryColor"].Should().ContainSingle().Which.Should().Contain("4.5:1");
    }

    [Fact]
    public async Task The_built_portal_is_served_at_portal_with_its_routes_answered_by_its_page()
    {
        var site = Directory.CreateTempSubdirectory("posvendas-portal-").FullName;
        Directory.CreateDirectory(Path.Combine(site, "assets"));
        await File.WriteAllTextAsync(Path.Combine(site, "index.html"), "<!doctype html><title>Portal</title>");
        await File.WriteAllTextAsync(Path.Combine(site, "assets", "app-1a2b3c.js"), "console.log('portal')");
        using var host = api.WithWebHostBuilder(builder => builder.UseSetting("Portal:Root", site));
        var http = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var bare = await http.GetAsync("/portal");
        var route = await http.GetAsync("/portal/demo/tickets/12");
        var asset = await http.GetAsync("/portal/assets/app-1a2b3c.js");
        var missingAsset = await http.GetAsync("/portal/assets/gone.js");

        bare.StatusCode.Should().Be(HttpStatusCode.Redirect);
        bare.Headers.Location!.ToString().Should().Be("/portal/");
        route.StatusCode.Should().Be(HttpStatusCode.OK);
        (await route.Content.ReadAsStringAsync()).Should().Contain("<title>Portal</title>");
        route.Headers.CacheControl!.NoCache.Should().BeTrue("a new deployment's page is picked up at once");
        asset.StatusCode.Should().Be(HttpStatusCode.OK);
        asset.Headers.CacheControl!.ToString().Should().Contain("immutable");
        missingAsset.StatusCode.Should().Be(HttpStatusCode.NotFound, "a missing bundle is not answered with the page");
        Directory.Delete(site, recursive: true);
    }
}
