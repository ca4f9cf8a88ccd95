using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Locations;

[Collection(ApiCollection.Name)]
public sealed class UnitImportTests(PosVendasApiFactory api)
{
    private static readonly object Unit1203 = new
    {
        code = "Apto 1203",
        handoverDate = "2025-04-01",
        development = new { externalId = "dev-7", name = "Residencial Parque", code = "RP" },
        building = new { externalId = "torre-7a", name = "Torre A" },
    };

    [Fact]
    public async Task An_erp_unit_is_created_with_its_development_and_building_then_found_unchanged()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();

        var created = await admin.Http.PutAsJsonAsync("/api/v1/admin/units/by-external-id/unit-7a-1203", Unit1203);
        var again = await admin.Http.PutAsJsonAsync("/api/v1/admin/units/by-external-id/unit-7a-1203", Unit1203);

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var result = await created.Content.ReadFromJsonAsync<UnitImportResultView>();
        result!.Outcome.Should().Be("created");
        result.Unit!.Code.Should().Be("Apto 1203");
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<UnitImportResultView>())!.Outcome.Should().Be("unchanged");
        var developments = await admin.Http.GetFromJsonAsync<PageView<DevelopmentView>>("/api/v1/admin/developments");
        developments!.Items.Should().ContainSingle().Which.ExternalId.Should().Be("dev-7");
    }

    [Fact]
    public async Task A_partner_hears_of_units_created_changed_and_deleted_and_not_of_an_unchanged_import()
    {
        using var receiver = new TestWebhookReceiver();
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        (await admin.Http.PostAsJsonAsync("/api/v1/admin/webhooks", new { url = receiver.Url, secret = "partner-secret-0123456789", eventTypes = new[] { "unit.created", "unit.updated", "unit.deleted" } }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var created = await (await admin.Http.PutAsJsonAsync("/api/v1/admin/units/by-external-id/unit-7a-1203", Unit1203)).Content.ReadFromJsonAsync<UnitImportResultView>();
        await admin.Http.PutAsJsonAsync("/api/v1/admin/units/by-external-id/unit-7a-1203", Unit1203);
        await admin.Http.PutAsJsonAsync("/api/v1/admin/units/by-external-id/unit-7a-1203", new { code = "Apto 1203B", development = new { externalId = "dev-7" }, building = new { externalId = "torre-7a" }, active = false });
        (await admin.Http.DeleteAsync($"/api/v1/admin/units/{created!.Unit!.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await api.DispatchAsync();

        receiver.Received.Select(r => r.Event).Should().Equal(["unit.created", "unit.updated", "unit.deleted"], "the unchanged import says nothing, and a change set is one event");
        foreach (var webhook in receiver.Received)
        {
            using var body = System.Text.Json.JsonDocument.Parse(webhook.Body);
            body.RootElement.GetProperty("tenant").GetString().Should().Be(tenant.Slug);
            body.RootElement.GetProperty("unit").GetProperty("id").GetString().Should().Be(created.Unit.Id);
            body.RootElement.GetProperty("unit").GetProperty("externalId").GetString().Should().Be("unit-7a-1203");
            body.RootElement.TryGetProperty("ticket", out _).Should().BeFalse("a unit event names no ticket");
        }
    }

    [Fact]
    public async Task An_erp_update_changes_the_unit_and_reports_updated()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        await admin.Http.PutAsJsonAsync("/api/v1/admin/units/by-external-id/unit-7a-1203", Unit1203);

        var renumbered = await admin.Http.PutAsJsonAsync("/api/v1/admin/units/by-external-id/unit-7a-1203", new
        {
            code = "Apto 1204",
            development = new { externalId = "dev-7" },
            building = new { externalId = "torre-7a" },
        });

        var result = await renumbered.Content.ReadFromJsonAsync<UnitImportResultView>();
        result!.Outcome.Should().Be("updated");
        result.Unit!.Code.Should().Be("Apto 1204");
        result.Unit.HandoverDate.Should().Be(new DateOnly(2025, 4, 1), "an omitted handover date is kept");
    }

    [Fact]
    public async Task A_new_development_without_a_name_is_a_bad_request()
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Admin().Http.PutAsJsonAsync("/api/v1/admin/units/by-external-id/u-1", new
        {
            code = "Apto 1",
            development = new { externalId = "dev-new" },
            building = new { externalId = "b-new", name = "Torre" },
        });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("development.name");
    }

    [Fact]
    public async Task A_batch_reports_each_row_and_saves_the_good_ones()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var rows = new object[]
        {
            new { externalId = "u-1", code = "Apto 101", development = new { externalId = "dev-1", name = "Jardim", code = "JD" }, building = new { externalId = "b-1", name = "Bloco 1" } },
            new { externalId = "u-2", code = "Apto 102", development = new { externalId = "dev-1" }, building = new { externalId = "b-1" } },
            new { externalId = "u-3", code = "Apto 101", development = new { externalId = "dev-1" }, building = new { externalId = "b-1" } },
            new { externalId = "u-4", code = "Apto 1", development = new { externalId = "dev-2" }, building = new { externalId = "b-2", name = "Bloco" } },
            new { externalId = "", code = "Apto 9", development = new { externalId = "dev-1" }, building = new { externalId = "b-1" } },
        };

        var response = await admin.Http.PostAsJsonAsync("/api/v1/admin/units/import", new { units = rows });
        var again = await admin.Http.PostAsJsonAsync("/api/v1/admin/units/import", new { units = rows.Take(2) });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var results = (await response.Content.ReadFromJsonAsync<ImportUnitsView>())!.Results;
        results.Select(r => r.Outcome).Should().Equal("created", "created", "failed", "failed", "failed");
        results[2].Error!.Rule.Should().Be("LocationKeyMustBeUnique", "Apto 101 is u-1's code in Bloco 1");
        results[3].Error!.Field.Should().Be("development.name", "dev-2 is new and has no name");
        results[4].Error!.Field.Should().Be("externalId");
        (await again.Content.ReadFromJsonAsync<ImportUnitsView>())!.Results.Select(r => r.Outcome).Should().Equal("unchanged", "unchanged");
        var units = await admin.Http.GetFromJsonAsync<PageView<UnitView>>("/api/v1/admin/units");
        units!.Items.Select(u => u.ExternalId).Should().BeEquivalentTo(["u-1", "u-2"]);
    }

    [Fact]
    public async Task A_batch_of_more_than_1000_units_is_refused_whole()
    {
        var tenant = await api.CreateTenantAsync();
        var rows = Enumerable.Range(1, 1001).Select(i => new
        {
            externalId = $"u-{i}",
            code = $"Apto {i}",
            development = new { externalId = "dev-1", name = "Jardim", code = "JD" },
            building = new { externalId = "b-1", name = "Bloco 1" },
        });

        var response = await tenant.Admin().Http.PostAsJsonAsync("/api/v1/admin/units/import", new { units = rows });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("units");
    }
}
