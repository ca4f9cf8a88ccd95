using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Locations;

[Collection(ApiCollection.Name)]
public sealed class LocationRegistryTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task An_owner_sees_their_unit_and_the_developments_common_areas_in_their_locations()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        await tenant.OccupyAsync(parque.Unit.Id);

        var mine = await tenant.Customer().MyLocationsAsync();

        var unit = mine.Units.Should().ContainSingle().Subject;
        unit.Code.Should().Be("Apto 1203");
        unit.Role.Should().Be("owner");
        unit.Building.Should().Be(new NamedReference(parque.Tower.Id, "Torre A"));
        unit.Development.Should().Be(new NamedReference(parque.Development.Id, "Residencial Parque"));
        mine.CommonAreas.Should().ContainSingle().Which.Name.Should().Be("Piscina");
        (await tenant.Customer("Bruno").MyLocationsAsync()).Units.Should().BeEmpty("Bruno holds no unit");
    }

    [Fact]
    public async Task A_unit_code_is_unique_in_its_building_and_may_repeat_in_another()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        var admin = tenant.Admin();
        var towerB = await admin.CreateAsync<BuildingView>("/api/v1/admin/buildings", new { developmentId = parque.Development.Id, name = "Torre B" });

        var again = await admin.Http.PostAsJsonAsync("/api/v1/admin/units", new { buildingId = parque.Tower.Id, code = "Apto 1203" });
        var elsewhere = await admin.Http.PostAsJsonAsync("/api/v1/admin/units", new { buildingId = towerB.Id, code = "Apto 1203" });

        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("LocationKeyMustBeUnique");
        elsewhere.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task External_ids_are_unique_in_a_tenant_and_free_in_another()
    {
        var tenant = await api.CreateTenantAsync();
        var other = await api.CreateTenantAsync();
        var request = new { name = "Jardim Sul", code = "JS", externalId = "sienge-42" };

        (await tenant.Admin().Http.PostAsJsonAsync("/api/v1/admin/developments", request)).StatusCode.Should().Be(HttpStatusCode.Created);
        var twice = await tenant.Admin().Http.PostAsJsonAsync("/api/v1/admin/developments", request);
        var otherTenant = await other.Admin().Http.PostAsJsonAsync("/api/v1/admin/developments", request);

        (await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("LocationKeyMustBeUnique");
        otherTenant.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Another_tenants_places_are_not_found()
    {
        var tenant = await api.CreateTenantAsync();
        var other = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        var admin = other.Admin();

        (await admin.Http.PostAsJsonAsync("/api/v1/admin/units", new { buildingId = parque.Tower.Id, code = "Apto 1" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await admin.Http.PutAsJsonAsync($"/api/v1/admin/developments/{parque.Development.Id}", new { name = "X", code = "X" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await admin.Http.DeleteAsync($"/api/v1/admin/common-areas/{parque.Pool.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var units = await admin.Http.GetFromJsonAsync<PageView<UnitView>>($"/api/v1/admin/units?developmentId={parque.Development.Id}");
        units!.Items.Should().BeEmpty();
    }

    [Fact]
    public async Task A_unit_with_tickets_is_deactivated_not_deleted()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        await tenant.OccupyAsync(parque.Unit.Id);
        var subject = await tenant.Customer().FindSubjectAsync("Infiltrações");
        (await tenant.Customer().OpenAtAsync(subject.Id, new { unitId = parque.Unit.Id })).StatusCode.Should().Be(HttpStatusCode.Created);
        var admin = tenant.Admin();

        var delete = await admin.Http.DeleteAsync($"/api/v1/admin/units/{parque.Unit.Id}");
        var deleteBuilding = await admin.Http.DeleteAsync($"/api/v1/admin/buildings/{parque.Tower.Id}");
        var deactivate = await admin.Http.PutAsJsonAsync($"/api/v1/admin/units/{parque.Unit.Id}", new { code = "Apto 1203", active = false });

        (await delete.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("LocationWithTicketsIsNotDeleted");
        (await deleteBuilding.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("LocationWithTicketsIsNotDeleted");
        deactivate.StatusCode.Should().Be(HttpStatusCode.OK);
        (await tenant.Customer().MyLocationsAsync()).Units.Should().BeEmpty("an inactive unit is offered to no one");
    }

    [Fact]
    public async Task A_place_without_tickets_is_deleted_with_what_is_in_it()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        await tenant.OccupyAsync(parque.Unit.Id);

        (await tenant.Admin().Http.DeleteAsync($"/api/v1/admin/developments/{parque.Development.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await tenant.Customer().MyLocationsAsync()).Units.Should().BeEmpty();
        (await tenant.Admin().Http.GetAsync($"/api/v1/admin/units?buildingId={parque.Tower.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await tenant.Admin().Http.GetFromJsonAsync<PageView<UnitView>>($"/api/v1/admin/units?buildingId={parque.Tower.Id}"))!.Items.Should().BeEmpty();
    }

    [Fact]
    public async Task The_lists_page_by_name_with_a_cursor()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        foreach (var name in new[] { "Charlie", "Alfa", "Delta", "Bravo", "Eco" })
        {
            await admin.CreateAsync<DevelopmentView>("/api/v1/admin/developments", new { name, code = name[..3] });
        }

        var first = await admin.Http.GetFromJsonAsync<PageView<DevelopmentView>>("/api/v1/admin/developments?limit=2");
        var second = await admin.Http.GetFromJsonAsync<PageView<DevelopmentView>>($"/api/v1/admin/developments?limit=2&cursor={first!.NextCursor}");
        var last = await admin.Http.GetFromJsonAsync<PageView<DevelopmentView>>($"/api/v1/admin/developments?limit=2&cursor={second!.NextCursor}");
        var bad = await admin.Http.GetAsync("/api/v1/admin/developments?cursor=nonsense");

        first.Items.Select(d => d.Name).Should().Equal("Alfa", "Bravo");
        second.Items.Select(d => d.Name).Should().Equal("Charlie", "Delta");
        last!.Items.Select(d => d.Name).Should().Equal("Eco");
        last.NextCursor.Should().BeNull();
        await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_occupancy_registered_by_e_mail_follows_the_person_once_they_sign_in()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        var admin = tenant.Admin();
        await admin.CreateAsync<OccupancyView>("/api/v1/admin/occupancies", new { role = "co_owner", unitId = parque.Unit.Id, email = "Bia@Example.com", from = "2025-04-01" });

        var bia = await tenant.Customer("Bia").MyLocationsAsync();
        var occupancies = await admin.Http.GetFromJsonAsync<PageView<OccupancyView>>($"/api/v1/admin/occupancies?unitId={parque.Unit.Id}");

        bia.Units.Should().ContainSingle().Which.Role.Should().Be("co_owner");
        occupancies!.Items.Should().ContainSingle().Which.Subject.Should().Be("customer-Bia", "her first sign-in bound her subject");
    }

    [Fact]
    public async Task An_ended_occupancy_takes_the_unit_away_but_not_the_persons_own_tickets()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        var occupancy = await tenant.OccupyAsync(parque.Unit.Id, from: "2024-01-01");
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Infiltrações");
        var opened = await (await ana.OpenAtAsync(subject.Id, new { unitId = parque.Unit.Id })).Content.ReadFromJsonAsync<TicketView>();

        var end = await tenant.Admin().Http.PatchAsJsonAsync($"/api/v1/admin/occupancies/{occupancy.Id}", new { to = "2024-12-31" });
        var tooEarly = await tenant.Admin().Http.PatchAsJsonAsync($"/api/v1/admin/occupancies/{occupancy.Id}", new { to = "2023-12-31" });

        end.StatusCode.Should().Be(HttpStatusCode.OK);
        (await tooEarly.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("OccupancyMustEndAfterItStarts");
        (await ana.MyLocationsAsync()).Units.Should().BeEmpty();
        (await ana.GetTicketAsync(opened!.Number)).Location!.Unit!.Name.Should().Be("Apto 1203");
        (await (await ana.OpenAtAsync(subject.Id, new { unitId = parque.Unit.Id })).ShouldBeProblemAsync(HttpStatusCode.NotFound)).Should().NotBeNull();
    }
}
