using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PosVendas.Application.Data;
using PosVendas.Infrastructure.Persistence;
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

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await tenantA.Customer().ListTicketsAsync()).Items.Should().BeEmpty();
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

    [Fact]
    public async Task A_pooled_database_context_between_requests_belongs_to_no_tenant()
    {
        var tenant = await api.CreateTenantAsync();
        var customer = tenant.Customer();
        for (var i = 0; i < 3; i++)
        {
            await customer.OpenTicketAsync($"Chamado {i}");
            (await customer.ListTicketsAsync()).Items.Should().NotBeEmpty();
        }

        // Whatever contexts the pool hands out now, the ones those requests used among them, none carries a caller.
        var pool = api.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var leased = Enumerable.Range(0, 8).Select(_ => pool.CreateDbContext()).ToList();
        try
        {
            foreach (var db in leased)
            {
                (await db.Tickets.CountAsync()).Should().Be(0);
                (await db.Tickets.IgnoreQueryFilters().CountAsync()).Should().BeGreaterThanOrEqualTo(3);
            }
        }
        finally
        {
            foreach (var db in leased)
            {
                await db.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_request_keeps_its_database_context_until_it_ends_and_then_returns_it_to_the_pool_once()
    {
        var pool = api.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        AppDbContext used;
        await using (var scope = api.Services.CreateAsyncScope())
        {
            // A request resolves its context under two names: handlers as IApplicationDbContext, the infrastructure
            // as AppDbContext, and its scope disposes it once per name. The first of those must not hand it back:
            // another request could lease it while this one is still running.
            used = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            scope.ServiceProvider.GetRequiredService<IApplicationDbContext>().Should().BeSameAs(used);
            await used.DisposeAsync();

            await using (var meanwhile = new PoolLeases(pool, 200))
            {
                meanwhile.Contexts.Should().NotContain(used);
            }

            (await used.Tickets.IgnoreQueryFilters().AnyAsync()).Should().BeTrue("the request can still use its context");
        }

        // The pool hands contexts out first in, first out, and holds at most 1,024: leasing more empties it.
        await using var afterwards = new PoolLeases(pool, 1100);
        afterwards.Contexts.Should().Contain(used);
        afterwards.Contexts.Distinct().Count().Should().Be(afterwards.Contexts.Count, "no context is in the pool twice");
    }

    /// <summary>Many contexts leased from the pool at once, returned together.</summary>
    private sealed class PoolLeases(IDbContextFactory<AppDbContext> pool, int count) : IAsyncDisposable
    {
        public IReadOnlyList<AppDbContext> Contexts { get; } = Enumerable.Range(0, count).Select(_ => pool.CreateDbContext()).ToList();

        public async ValueTask DisposeAsync()
        {
            foreach (var context in Contexts)
            {
                await context.DisposeAsync();
            }
        }
    }
}
