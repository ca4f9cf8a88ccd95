using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Locations;

/// <summary>
/// A ticket stays its opener's; shared with its unit, the unit's other owners and co-owners read it too, for as long
/// as they hold the unit.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SharedTicketTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task A_co_owner_reads_a_ticket_shared_with_the_unit_and_not_one_kept_private()
    {
        var (tenant, parque) = await OwnersOfApto1203Async();
        var (ana, bia) = (tenant.Customer("Ana"), tenant.Customer("Bia"));
        var photo = await ana.UploadAsync("teto.jpg", "image/jpeg", TestFiles.Jpeg());
        var shared = await OpenAsync(ana, parque, shareWithUnit: true, photo.Id);
        var kept = await OpenAsync(ana, parque, shareWithUnit: false);

        var biasList = await bia.ListTicketsAsync();
        var biasView = await bia.GetTicketAsync(shared.Number);
        var file = await bia.Http.GetAsync($"/api/v1/attachments/{photo.Id}/content");
        var private404 = await bia.Http.GetAsync($"/api/v1/tickets/{kept.Number}");
        var anasList = await ana.ListTicketsAsync();

        var row = biasList.Items.Should().ContainSingle("only the shared ticket is Bia's to read").Which;
        row.Number.Should().Be(shared.Number);
        row.SharedWithYou.Should().BeTrue();
        row.Location!.Unit!.Name.Should().Be("Apto 1203");
        biasView.SharedWithYou.Should().BeTrue();
        biasView.SharedWithUnit.Should().BeTrue();
        biasView.Description.Should().Be(shared.Description);
        file.StatusCode.Should().Be(HttpStatusCode.OK, "the shared ticket's photo is hers to see too");
        await private404.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        anasList.Items.Select(t => t.Number).Should().Equal(kept.Number, shared.Number);
        anasList.Items.Should().OnlyContain(t => !t.SharedWithYou, "both are Ana's own");
    }

    [Fact]
    public async Task Only_the_opener_answers_or_confirms_a_shared_ticket()
    {
        var (tenant, parque) = await OwnersOfApto1203Async();
        var (ana, bia) = (tenant.Customer("Ana"), tenant.Customer("Bia"));
        var shared = await OpenAsync(ana, parque, shareWithUnit: true);
        await tenant.MoveAsync(shared.Number, "solved");

        var reply = await bia.PostReplyAsync(shared.Number, "Também vi a mancha.");
        var confirm = await bia.Http.PostAsync($"/api/v1/tickets/{shared.Number}/confirmation", null);
        var stranger = await tenant.Customer("Caio").PostReplyAsync(shared.Number, "Olá");

        (await reply.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("OnlyTheOpenerAnswers");
        (await confirm.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("OnlyTheOpenerAnswers");
        await stranger.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await ana.GetTicketAsync(shared.Number)).Comments.Should().BeEmpty("nothing was added by the refused answers");
    }

    [Fact]
    public async Task A_resident_and_the_owner_of_another_unit_do_not_read_the_shared_ticket()
    {
        var (tenant, parque) = await OwnersOfApto1203Async();
        await tenant.OccupyAsync(parque.Unit.Id, "Carla", role: "tenant_resident");
        var otherUnit = await tenant.Admin().CreateAsync<UnitView>("/api/v1/admin/units", new { buildingId = parque.Tower.Id, code = "Apto 1204" });
        await tenant.OccupyAsync(otherUnit.Id, "Dani");
        var shared = await OpenAsync(tenant.Customer("Ana"), parque, shareWithUnit: true);

        foreach (var name in new[] { "Carla", "Dani" })
        {
            var customer = tenant.Customer(name);
            (await customer.ListTicketsAsync()).Items.Should().BeEmpty($"{name} neither owns nor co-owns Apto 1203");
            await (await customer.Http.GetAsync($"/api/v1/tickets/{shared.Number}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task When_the_co_owner_leaves_the_unit_the_shared_ticket_goes_and_their_own_stay()
    {
        var (tenant, parque) = await OwnersOfApto1203Async();
        var (ana, bia) = (tenant.Customer("Ana"), tenant.Customer("Bia"));
        var shared = await OpenAsync(ana, parque, shareWithUnit: true);
        var biasOwn = await OpenAsync(bia, parque, shareWithUnit: true);
        var biasOccupancy = (await tenant.Admin().Http.GetFromJsonAsync<PageView<OccupancyView>>($"/api/v1/admin/occupancies?unitId={parque.Unit.Id}"))!
            .Items.Single(o => o.Subject == "customer-Bia");

        var ended = await tenant.Admin().Http.PatchAsJsonAsync($"/api/v1/admin/occupancies/{biasOccupancy.Id}", new { to = "2025-12-31" });

        ended.StatusCode.Should().Be(HttpStatusCode.OK);
        (await bia.ListTicketsAsync()).Items.Select(t => t.Number).Should().Equal([biasOwn.Number], "her own ticket stays hers");
        await (await bia.Http.GetAsync($"/api/v1/tickets/{shared.Number}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await ana.ListTicketsAsync()).Items.Select(t => t.Number).Should().Equal(
            [biasOwn.Number, shared.Number], "Ana still owns the unit, and Bia's ticket was shared with it");
    }

    [Fact]
    public async Task The_company_setting_shares_by_default_and_an_opener_still_keeps_one_private()
    {
        var (tenant, parque) = await OwnersOfApto1203Async();
        var admin = tenant.Admin();
        var etag = (await admin.Http.GetAsync("/api/v1/admin/settings")).Headers.ETag!.Tag;
        using var patch = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/admin/settings") { Content = JsonContent.Create(new { shareTicketsWithUnit = true }) };
        patch.Headers.TryAddWithoutValidation("If-Match", etag);
        (await admin.Http.SendAsync(patch)).StatusCode.Should().Be(HttpStatusCode.OK);
        var ana = tenant.Customer("Ana");

        var byDefault = await OpenAsync(ana, parque, shareWithUnit: null);
        var kept = await OpenAsync(ana, parque, shareWithUnit: false);

        (await tenant.Customer("Bia").ListTicketsAsync()).Items.Select(t => t.Number).Should().Equal(byDefault.Number);
        (await ana.GetTicketAsync(byDefault.Number)).SharedWithUnit.Should().BeTrue();
        (await ana.GetTicketAsync(kept.Number)).SharedWithUnit.Should().BeFalse();
    }

    /// <summary>A tenant whose "Apto 1203" Ana owns and Bia co-owns.</summary>
    private async Task<(TestTenant Tenant, Registry Parque)> OwnersOfApto1203Async()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        await tenant.OccupyAsync(parque.Unit.Id, "Ana");
        await tenant.OccupyAsync(parque.Unit.Id, "Bia", role: "co_owner");
        return (tenant, parque);
    }

    private static async Task<TicketView> OpenAsync(ApiClient customer, Registry parque, bool? shareWithUnit, params string[] attachmentIds)
    {
        var subject = await customer.FindSubjectAsync("Infiltrações");
        var response = await customer.Http.PostAsJsonAsync(
            "/api/v1/tickets",
            new { subjectId = subject.Id, description = "Mancha de umidade no teto do quarto.", location = new { unitId = parque.Unit.Id }, shareWithUnit, attachmentIds });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TicketView>())!;
    }
}
