using System.Net;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Security;

/// <summary>Nobody reaches a ticket that is not theirs, and a ticket they may not see does not exist for them.</summary>
[Collection(ApiCollection.Name)]
public sealed class IsolationTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Another_customer_of_the_same_tenant_gets_404_reading_and_replying()
    {
        var tenant = await api.CreateTenantAsync();
        var ticket = await tenant.Customer("Ana").OpenTicketAsync("Dados pessoais da Ana");
        var bia = tenant.Customer("Bia");

        await (await bia.Http.GetAsync($"/api/v1/tickets/{ticket.Number}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await bia.PostReplyAsync(ticket.Number, "Intrusa")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await bia.ListTicketsAsync()).Items.Should().BeEmpty();
        (await tenant.Customer("Ana").GetTicketAsync(ticket.Number)).Comments.Should().BeEmpty();
    }

    [Fact]
    public async Task A_customer_of_another_tenant_gets_404_for_the_same_ticket_number()
    {
        var tenantA = await api.CreateTenantAsync();
        var tenantB = await api.CreateTenantAsync();
        var ticket = await tenantA.Customer("Ana").OpenTicketAsync("Assunto confidencial");
        var sameSubjectOtherTenant = ApiClient.WithToken(api, TestTokens.Create(TestTokens.Claims(tenantB.Slug, "customer-Ana", "ana@example.com", "Ana", "customer")));

        var read = await sameSubjectOtherTenant.Http.GetAsync($"/api/v1/tickets/{ticket.Number}");
        var reply = await sameSubjectOtherTenant.PostReplyAsync(ticket.Number, "Olá");

        (await read.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Detail.Should().NotContain("confidencial");
        await reply.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await sameSubjectOtherTenant.ListTicketsAsync()).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task A_subject_of_another_tenant_cannot_be_used_to_open_a_ticket()
    {
        var tenantA = await api.CreateTenantAsync();
        var tenantB = await api.CreateTenantAsync();
        var foreignSubject = await tenantB.Customer().FindSubjectAsync("Reembolso");

        var response = await tenantA.Customer().PostTicketAsync(foreignSubject.Id, "Pedido");

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("SubjectMustBeSelectable");
    }

    [Fact]
    public async Task The_catalog_shows_only_the_callers_tenant()
    {
        var tenantA = await api.CreateTenantAsync();
        var tenantB = await api.CreateTenantAsync();

        var catalogA = await tenantA.Customer().GetCatalogAsync();
        var catalogB = await tenantB.Customer().GetCatalogAsync();

        catalogA.Items.Select(type => type.Id).Should().NotIntersectWith(catalogB.Items.Select(type => type.Id));
    }
}
