using System.Net;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Tickets;

[Collection(ApiCollection.Name)]
public sealed class PaginationAndNumberingTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task List_pages_45_tickets_newest_first_without_duplicates_or_gaps()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Reembolso");
        for (var i = 1; i <= 45; i++)
        {
            (await ana.PostTicketAsync(subject.Id, $"Pedido {i}")).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        var pages = new List<TicketListView>();
        string? cursor = null;
        do
        {
            var page = await ana.ListTicketsAsync(cursor is null ? "?limit=20" : $"?limit=20&cursor={Uri.EscapeDataString(cursor)}");
            pages.Add(page);
            cursor = page.NextCursor;
        }
        while (cursor is not null && pages.Count < 10);

        pages.Select(page => page.Items.Count).Should().Equal(20, 20, 5);
        pages.SelectMany(page => page.Items).Select(item => item.Number).Should().Equal(Enumerable.Range(1, 45).Reverse());
    }

    [Fact]
    public async Task Default_page_size_is_20()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Reembolso");
        for (var i = 1; i <= 21; i++)
        {
            (await ana.PostTicketAsync(subject.Id, $"Pedido {i}")).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        var page = await ana.ListTicketsAsync();

        page.Items.Should().HaveCount(20);
        page.NextCursor.Should().NotBeNull();
    }

    [Fact]
    public async Task Twenty_concurrent_openings_in_one_tenant_get_twenty_consecutive_numbers()
    {
        var tenant = await api.CreateTenantAsync();
        var subject = await tenant.Customer("Ana").FindSubjectAsync("Elétrica");
        var customers = Enumerable.Range(1, 20).Select(i => tenant.Customer($"Cliente{i}")).ToList();

        var responses = await Task.WhenAll(customers.Select(customer => customer.PostTicketAsync(subject.Id, "Disjuntor desarmando")));

        responses.Should().OnlyContain(response => response.StatusCode == HttpStatusCode.Created);
        var numbers = responses.Select(response => int.Parse(response.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));
        numbers.Should().BeEquivalentTo(Enumerable.Range(1, 20));
    }

    [Fact]
    public async Task Each_tenant_numbers_its_tickets_from_1()
    {
        var first = await api.CreateTenantAsync();
        var second = await api.CreateTenantAsync();

        await first.Customer().OpenTicketAsync();
        await first.Customer().OpenTicketAsync();
        var secondTenantsTicket = await second.Customer().OpenTicketAsync();

        secondTenantsTicket.Number.Should().Be(1);
    }
}
