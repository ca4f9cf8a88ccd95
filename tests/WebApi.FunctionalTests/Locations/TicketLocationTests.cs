using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Locations;

[Collection(ApiCollection.Name)]
public sealed class TicketLocationTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task A_ticket_about_a_unit_keeps_the_names_it_had_when_it_was_opened()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        await tenant.OccupyAsync(parque.Unit.Id);
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Infiltrações");

        var response = await ana.OpenAtAsync(subject.Id, new { unitId = parque.Unit.Id });
        var opened = await response.Content.ReadFromJsonAsync<TicketView>();
        (await tenant.Admin().Http.PutAsJsonAsync($"/api/v1/admin/buildings/{parque.Tower.Id}", new { name = "Torre Norte" })).StatusCode.Should().Be(HttpStatusCode.OK);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var location = (await ana.GetTicketAsync(opened!.Number)).Location!;
        location.Kind.Should().Be("unit");
        location.Development.Should().Be(new NamedReference(parque.Development.Id, "Residencial Parque"));
        location.Building.Should().Be(new NamedReference(parque.Tower.Id, "Torre A"));
        location.Unit.Should().Be(new NamedReference(parque.Unit.Id, "Apto 1203"));
    }

    [Fact]
    public async Task The_confirmation_e_mail_names_the_place()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        var name = $"elisa-{Guid.NewGuid():N}";
        await tenant.OccupyAsync(parque.Unit.Id, name);
        var elisa = tenant.Customer(name);
        var subject = await elisa.FindSubjectAsync("Infiltrações");
        var opened = await (await elisa.OpenAtAsync(subject.Id, new { unitId = parque.Unit.Id })).Content.ReadFromJsonAsync<TicketView>();

        await api.DispatchAsync();

        var confirmation = api.Smtp.To($"{name}@example.com").Should().ContainSingle().Subject;
        confirmation.Subject.Should().Be($"[Chamado #{opened!.Number}] Recebemos seu chamado");
        confirmation.TextBody.Should().Contain("Local: Residencial Parque, Torre A, Apto 1203");
    }

    [Fact]
    public async Task A_unit_or_common_area_the_caller_does_not_occupy_is_not_found()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        var other = await api.CreateTenantAsync();
        var foreign = await other.RegisterParqueAsync();
        var bruno = tenant.Customer("Bruno");
        var subject = await bruno.FindSubjectAsync("Infiltrações");

        await (await bruno.OpenAtAsync(subject.Id, new { unitId = parque.Unit.Id })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await bruno.OpenAtAsync(subject.Id, new { commonAreaId = parque.Pool.Id })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await bruno.OpenAtAsync(subject.Id, new { unitId = foreign.Unit.Id })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_resident_reports_about_the_developments_pool()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        await tenant.OccupyAsync(parque.Unit.Id, role: "tenant_resident");
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Infiltrações");

        var response = await ana.OpenAtAsync(subject.Id, new { commonAreaId = parque.Pool.Id });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var ticket = await response.Content.ReadFromJsonAsync<TicketView>();
        ticket!.Location!.Kind.Should().Be("common_area");
        ticket.Location.CommonArea!.Name.Should().Be("Piscina");
    }

    [Fact]
    public async Task A_syndic_of_a_building_reports_about_its_areas_only()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        var admin = tenant.Admin();
        var gym = await admin.CreateAsync<CommonAreaView>("/api/v1/admin/common-areas", new { developmentId = parque.Development.Id, buildingId = parque.Tower.Id, name = "Academia" });
        var towerB = await admin.CreateAsync<BuildingView>("/api/v1/admin/buildings", new { developmentId = parque.Development.Id, name = "Torre B" });
        var hallB = await admin.CreateAsync<CommonAreaView>("/api/v1/admin/common-areas", new { developmentId = parque.Development.Id, buildingId = towerB.Id, name = "Hall" });
        await admin.CreateAsync<OccupancyView>("/api/v1/admin/occupancies", new { role = "syndic", buildingId = parque.Tower.Id, subject = "customer-Sara", from = "2025-01-01" });

        var sara = await tenant.Customer("Sara").MyLocationsAsync();

        sara.Units.Should().BeEmpty();
        sara.CommonAreas.Select(a => a.Name).Should().Equal(["Academia"], "the pool is the whole development's, not her building's");
        sara.CommonAreas.Should().NotContain(a => a.Id == hallB.Id);
        gym.BuildingId.Should().Be(parque.Tower.Id);
    }

    [Fact]
    public async Task A_subject_that_needs_a_unit_refuses_a_ticket_without_one_and_takes_a_description()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Infiltrações");
        (await tenant.Admin().Http.PatchAsJsonAsync($"/api/v1/admin/subjects/{subject.Id}", new { locationRequired = true, location = "units" })).StatusCode.Should().Be(HttpStatusCode.OK);

        var without = await ana.PostTicketAsync(subject.Id, "Sem local");
        var described = await ana.OpenAtAsync(subject.Id, new { description = "Casa 12, quadra B" });
        var both = await ana.OpenAtAsync(subject.Id, new { description = "Casa 12", unitId = Guid.NewGuid() });

        (await without.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("LocationMustSuitTheSubject");
        described.StatusCode.Should().Be(HttpStatusCode.Created);
        (await described.Content.ReadFromJsonAsync<TicketView>())!.Location!.Description.Should().Be("Casa 12, quadra B");
        await both.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await ana.GetCatalogAsync()).Items.SelectMany(t => t.Subjects).Should().Contain(s => s.Id == subject.Id);
    }

    [Fact]
    public async Task A_unit_handed_over_in_the_future_takes_tickets_for_the_pre_delivery_inspection()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        var admin = tenant.Admin();
        var future = await admin.CreateAsync<UnitView>("/api/v1/admin/units", new { buildingId = parque.Tower.Id, code = "Apto 1501", handoverDate = "2031-06-30" });
        await tenant.OccupyAsync(future.Id, from: "2025-01-01");
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Infiltrações");

        (await ana.OpenAtAsync(subject.Id, new { unitId = future.Id })).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Staff_filter_the_queue_by_unit_and_development()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        await tenant.OccupyAsync(parque.Unit.Id);
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Infiltrações");
        var atUnit = await (await ana.OpenAtAsync(subject.Id, new { unitId = parque.Unit.Id })).Content.ReadFromJsonAsync<TicketView>();
        await ana.OpenTicketAsync();
        var staff = tenant.Staff();

        var byUnit = await staff.Http.GetFromJsonAsync<QueuePage>($"/api/v1/staff/tickets?unit={parque.Unit.Id}");
        var byDevelopment = await staff.Http.GetFromJsonAsync<QueuePage>($"/api/v1/staff/tickets?development={parque.Development.Id}");

        byUnit!.Items.Select(t => t.Number).Should().Equal(atUnit!.Number);
        byUnit.Items[0].Location!.Unit!.Name.Should().Be("Apto 1203", "the queue shows where each ticket is");
        byDevelopment!.Items.Select(t => t.Number).Should().Equal(atUnit.Number);
    }

    private sealed record QueueItem(int Number, TicketLocationView? Location);

    private sealed record QueuePage(List<QueueItem> Items);
}
