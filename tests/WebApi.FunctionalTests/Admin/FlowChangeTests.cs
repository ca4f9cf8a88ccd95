using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Admin;

/// <summary>A service type that gets a flow of its own takes its tickets with it: none is left in a flow it no longer follows.</summary>
[Collection(ApiCollection.Name)]
public sealed class FlowChangeTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Tickets_move_into_their_service_types_new_flow_as_its_categories_get_statuses()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var ana = tenant.Customer();
        var fresh = await ana.OpenTicketAsync(subjectName: "Infiltrações");
        var waiting = await ana.OpenTicketAsync(subjectName: "Infiltrações");
        var finance = await ana.OpenTicketAsync(subjectName: "Reembolso");
        await tenant.MoveAsync(waiting.Number, "pending");
        var serviceTypeId = (await ana.GetCatalogAsync()).Items.Single(t => t.Subjects.Any(s => s.Name == "Infiltrações")).Id;

        var triage = await CreateStatusAsync(admin, new { serviceTypeId, name = "Triagem", category = "new", isDefault = true });
        var afterTriage = await StaffTicketAsync(tenant, waiting.Number);
        var quote = await CreateStatusAsync(admin, new { serviceTypeId, name = "Aguardando orçamento", category = "pending" });

        var freshNow = await StaffTicketAsync(tenant, fresh.Number);
        freshNow.Status.Id.Should().Be(triage);
        freshNow.StatusHistory.Should().ContainSingle().Which.Should().Match<StatusChangeView>(c => c.ChangedBy == "PosVendas" && c.Automatic);
        afterTriage.Status.Category.Should().Be("pending", "the new flow had no pending status yet");
        (await StaffTicketAsync(tenant, waiting.Number)).Status.Id.Should().Be(quote, "it moved once the flow had one");
        (await StaffTicketAsync(tenant, finance.Number)).Status.Name.Should().Be("Sem resposta", "another service type keeps the tenant's flow");
        (await ana.GetTicketAsync(fresh.Number)).Status.Name.Should().Be("Triagem");
    }

    [Fact]
    public async Task Staff_are_offered_only_the_statuses_of_the_tickets_own_flow()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var ana = tenant.Customer();
        var repair = await ana.OpenTicketAsync(subjectName: "Infiltrações");
        var refund = await ana.OpenTicketAsync(subjectName: "Reembolso");
        var serviceTypeId = (await ana.GetCatalogAsync()).Items.Single(t => t.Subjects.Any(s => s.Name == "Infiltrações")).Id;
        await CreateStatusAsync(admin, new { serviceTypeId, name = "Triagem", category = "new", isDefault = true, sortOrder = 1 });
        await CreateStatusAsync(admin, new { serviceTypeId, name = "Em reparo", category = "open", sortOrder = 2 });

        var repairOffers = (await StaffTicketAsync(tenant, repair.Number)).AvailableStatuses.Select(s => s.Name);
        var refundOffers = (await StaffTicketAsync(tenant, refund.Number)).AvailableStatuses.Select(s => s.Name);

        repairOffers.Should().Equal("Triagem", "Em reparo");
        refundOffers.Should().Equal("Sem resposta", "Em andamento", "Aguardando aprovação", "Agendamento de vistoria", "Aguardando confirmação", "Concluído");
    }

    private static async Task<string> CreateStatusAsync(ApiClient admin, object status)
    {
        var response = await admin.Http.PostAsJsonAsync("/api/v1/admin/statuses", status);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<StatusAdminView>())!.Id;
    }

    private static async Task<StaffTicketView> StaffTicketAsync(TestTenant tenant, int number) =>
        (await tenant.Staff().Http.GetFromJsonAsync<StaffTicketView>($"/api/v1/staff/tickets/{number}"))!;
}
