using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PosVendas.Infrastructure.Tickets;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Tickets;

/// <summary>Solved tickets nobody confirms close by themselves after the tenant's wait, once, whoever runs the job.</summary>
[Collection(ApiCollection.Name)]
public sealed class UnconfirmedTicketsTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task The_job_run_twice_at_once_closes_each_quiet_solved_ticket_once_and_tells_the_customer()
    {
        var tenant = await api.CreateTenantAsync();
        var customer = $"lia-{Guid.NewGuid():N}"[..12];
        var ana = tenant.Customer(customer);
        var quiet = await ana.OpenTicketAsync();
        var recent = await ana.OpenTicketAsync();
        var open = await ana.OpenTicketAsync();
        await tenant.MoveAsync(quiet.Number, "solved");
        await tenant.MoveAsync(recent.Number, "solved");
        await tenant.MoveAsync(open.Number, "on_hold");
        await AgeAsync(tenant, quiet.Number, days: 8);
        await AgeAsync(tenant, open.Number, days: 30);
        await api.DispatchAsync();
        var before = api.Smtp.To($"{customer}@example.com").Count;

        var closer = api.Services.GetRequiredService<UnconfirmedTicketsCloser>();
        var runs = await Task.WhenAll(closer.CloseDueAsync(CancellationToken.None), closer.CloseDueAsync(CancellationToken.None));
        await api.DispatchAsync();

        (await ana.GetTicketAsync(quiet.Number)).Status.Should().Match<StatusView>(s => s.Category == "closed" && s.Name == "Concluído");
        (await ana.GetTicketAsync(recent.Number)).Status.Category.Should().Be("solved", "it has been solved for less than 7 days");
        (await ana.GetTicketAsync(open.Number)).Status.Category.Should().Be("on_hold", "only solved tickets close by themselves");
        var history = (await tenant.Staff().Http.GetFromJsonAsync<StaffTicketView>($"/api/v1/staff/tickets/{quiet.Number}"))!.StatusHistory;
        history.Where(c => c.To.Category == "closed").Should().ContainSingle()
            .Which.Should().Match<StatusChangeView>(c => c.ChangedBy == "PosVendas" && c.Automatic);
        runs.Sum().Should().Be(1, "the two runs together closed the one quiet solved ticket there is, once");
        var told = api.Smtp.To($"{customer}@example.com").Skip(before).ToList();
        told.Should().ContainSingle().Which.TextBody.Should().Contain("não recebemos sua confirmação");
    }

    [Fact]
    public async Task A_tenant_that_waits_for_ever_keeps_its_solved_tickets()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var etag = (await admin.Http.GetAsync("/api/v1/admin/settings")).Headers.ETag!.Tag;
        var never = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/admin/settings") { Content = JsonContent.Create(new { autoCloseSolvedAfterDays = 0 }) };
        never.Headers.TryAddWithoutValidation("If-Match", etag);
        (await admin.Http.SendAsync(never)).StatusCode.Should().Be(HttpStatusCode.OK);
        var ticket = await tenant.Customer().OpenTicketAsync();
        await tenant.MoveAsync(ticket.Number, "solved");
        await AgeAsync(tenant, ticket.Number, days: 400);

        await api.Services.GetRequiredService<UnconfirmedTicketsCloser>().CloseDueAsync(CancellationToken.None);

        (await tenant.Customer().GetTicketAsync(ticket.Number)).Status.Category.Should().Be("solved");
    }

    private Task AgeAsync(TestTenant tenant, int number, int days) =>
        api.ExecuteSqlAsync(
            $"UPDATE tickets.tickets t SET last_activity_at = now() - interval '{days} days' FROM tenancy.tenants tn WHERE tn.id = t.tenant_id AND tn.slug = $1 AND t.number = $2",
            tenant.Slug,
            number);
}
