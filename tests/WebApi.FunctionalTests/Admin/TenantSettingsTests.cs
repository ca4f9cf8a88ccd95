using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Admin;

[Collection(ApiCollection.Name)]
public sealed class TenantSettingsTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task A_new_tenant_has_the_product_defaults_and_a_warning_about_unaddressed_alerts()
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Admin().Http.GetAsync("/api/v1/admin/settings");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag.Should().NotBeNull();
        var settings = (await response.Content.ReadFromJsonAsync<SettingsView>())!;
        settings.Should().Match<SettingsView>(s =>
            s.DefaultLocale == "pt-BR" && s.TimeZone == "America/Sao_Paulo" && s.AutoCloseSolvedAfterDays == 7
            && s.SupportEmail == null && s.PortalTicketUrl == null && s.EmailFromAddress == null);
        settings.Warnings.Should().ContainSingle().Which.Should().Match<SettingsWarningView>(w =>
            w.Code == "department_alerts_unaddressed" && w.Message.Contains("Financeiro") && w.Message.Contains("Engenharia"));
    }

    [Fact]
    public async Task An_admin_changes_settings_from_the_version_they_read()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var etag = (await admin.Http.GetAsync("/api/v1/admin/settings")).Headers.ETag!.Tag;

        var changed = await admin.PatchSettingsAsync(etag, new
        {
            displayName = "Construtora Exemplo",
            defaultLocale = "es",
            timeZone = "America/Manaus",
            emailFromAddress = "chamados@exemplo.com",
            emailReplyTo = "atendimento@exemplo.com",
            supportEmail = "suporte@exemplo.com",
            portalTicketUrl = "https://portal.exemplo.com/chamados/{number}",
            autoCloseSolvedAfterDays = 10,
        });
        var stale = await admin.PatchSettingsAsync(etag, new { displayName = "Outro nome" });
        var cleared = await admin.PatchSettingsAsync(changed.Headers.ETag!.Tag, new { emailReplyTo = "", portalTicketUrl = "" });

        changed.StatusCode.Should().Be(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        var after = (await changed.Content.ReadFromJsonAsync<SettingsView>())!;
        after.Should().Match<SettingsView>(s =>
            s.DisplayName == "Construtora Exemplo" && s.DefaultLocale == "es" && s.TimeZone == "America/Manaus"
            && s.EmailFromAddress == "chamados@exemplo.com" && s.EmailReplyTo == "atendimento@exemplo.com"
            && s.SupportEmail == "suporte@exemplo.com" && s.PortalTicketUrl == "https://portal.exemplo.com/chamados/{number}"
            && s.AutoCloseSolvedAfterDays == 10);
        after.Warnings.Should().BeEmpty("department alerts now go to the support address");
        changed.Headers.ETag!.Tag.Should().NotBe(etag);
        (await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed)).Detail.Should().Contain("configura");
        var final = (await cleared.Content.ReadFromJsonAsync<SettingsView>())!;
        final.Should().Match<SettingsView>(s => s.EmailReplyTo == null && s.PortalTicketUrl == null && s.SupportEmail == "suporte@exemplo.com");
    }

    [Fact]
    public async Task A_change_needs_the_version_read_and_valid_values()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var etag = (await admin.Http.GetAsync("/api/v1/admin/settings")).Headers.ETag!.Tag;

        var withoutVersion = await admin.Http.PatchAsJsonAsync("/api/v1/admin/settings", new { displayName = "X" });
        var invalid = await admin.PatchSettingsAsync(etag, new
        {
            timeZone = "Mars/Olympus",
            supportEmail = "not an address",
            portalTicketUrl = "https://portal.exemplo.com/chamados",
            autoCloseSolvedAfterDays = 400,
            defaultLocale = "fr",
        });

        await withoutVersion.ShouldBeProblemAsync((HttpStatusCode)428);
        (await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKeys(
            "timeZone", "supportEmail", "portalTicketUrl", "autoCloseSolvedAfterDays", "defaultLocale");
        (await admin.Http.GetFromJsonAsync<SettingsView>("/api/v1/admin/settings"))!.TimeZone.Should().Be("America/Sao_Paulo");
    }

    [Fact]
    public async Task Only_admins_read_or_change_settings()
    {
        var tenant = await api.CreateTenantAsync();

        (await tenant.Staff().Http.GetAsync("/api/v1/admin/settings")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await tenant.Customer().Http.PatchAsJsonAsync("/api/v1/admin/settings", new { displayName = "X" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
