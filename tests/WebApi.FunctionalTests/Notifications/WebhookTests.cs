using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PosVendas.Infrastructure.Notifications;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Notifications;

[Collection(ApiCollection.Name)]
public sealed class WebhookTests(PosVendasApiFactory api)
{
    private const string Secret = "partner-secret-0123456789";

    [Fact]
    public async Task A_partner_receives_signed_events_it_subscribed_to_and_only_its_tenants()
    {
        using var receiver = new TestWebhookReceiver();
        var tenant = await api.CreateTenantAsync();
        await RegisterAsync(tenant, receiver.Url, "ticket.opened", "ticket.staff_replied");
        var ticket = await tenant.Customer().OpenTicketAsync();
        await tenant.Customer().PostReplyAsync(ticket.Number, "Resposta do cliente, não assinada pelo parceiro");
        await tenant.Staff().Http.PostAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number}/comments", new { body = "Resposta da equipe" });
        await tenant.Staff().Http.PostAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number}/comments", new { body = "Nota", @internal = true });
        await (await api.CreateTenantAsync()).Customer().OpenTicketAsync();

        await api.DispatchAsync();

        receiver.Received.Select(r => r.Event).Should().Equal("ticket.opened", "ticket.staff_replied");
        foreach (var webhook in receiver.Received)
        {
            webhook.Signature.Should().Be($"sha256={Sign(webhook.Timestamp, webhook.Body)}");
            using var body = JsonDocument.Parse(webhook.Body);
            body.RootElement.GetProperty("type").GetString().Should().Be(webhook.Event);
            body.RootElement.GetProperty("tenant").GetString().Should().Be(tenant.Slug);
            body.RootElement.GetProperty("ticket").GetProperty("number").GetInt32().Should().Be(ticket.Number);
            body.RootElement.GetProperty("id").GetString().Should().NotBeNullOrEmpty();
            body.RootElement.GetProperty("occurredAt").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        }
    }

    [Fact]
    public async Task Failed_deliveries_are_retried_with_the_same_delivery_id_and_the_log_shows_every_attempt()
    {
        using var receiver = new TestWebhookReceiver();
        var tenant = await api.CreateTenantAsync();
        var endpointId = await RegisterAsync(tenant, receiver.Url, "ticket.opened");
        receiver.AnswerNext(500, 503);
        await tenant.Customer().OpenTicketAsync();

        await api.DispatchAsync();

        receiver.Received.Select(r => r.AnsweredStatus).Should().Equal(500, 503, 200);
        receiver.Received.Select(r => r.DeliveryId).Distinct().Should().ContainSingle();
        var log = (await tenant.Admin().Http.GetFromJsonAsync<DeliveryLogView>($"/api/v1/admin/webhooks/{endpointId}/deliveries"))!.Items;
        log.Select(d => (d.Attempt, d.StatusCode, d.Succeeded)).Should().Equal((3, 200, true), (2, 503, false), (1, 500, false));
        log.Should().OnlyContain(d => d.DeliveryId == receiver.Received[0].DeliveryId && d.EventType == "ticket.opened");
    }

    [Fact]
    public async Task An_endpoint_that_fails_gets_no_more_calls_that_round_and_its_later_events_come_in_the_next()
    {
        using var receiver = new TestWebhookReceiver();
        var tenant = await api.CreateTenantAsync();
        await RegisterAsync(tenant, receiver.Url, "ticket.opened");
        receiver.AnswerNext(500);
        for (var i = 0; i < 3; i++)
        {
            await tenant.Customer($"Cliente{i}").OpenTicketAsync();
        }

        await api.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);
        var firstRound = receiver.Received.ToList();
        await api.DispatchAsync();

        firstRound.Should().ContainSingle("a failing endpoint, or one that hangs until the timeout, costs one call a round")
            .Which.AnsweredStatus.Should().Be(500);
        receiver.Received.Where(r => r.AnsweredStatus == 200).Select(r => r.DeliveryId).Should().OnlyHaveUniqueItems().And.HaveCount(3);
    }

    [Fact]
    public async Task Registration_refuses_plain_http_internal_and_reserved_addresses_and_unknown_events()
    {
        var tenant = await api.CreateTenantAsync();
        using var production = api.WithWebHostBuilder(builder => builder
            .UseSetting("Notifications:Webhooks:AllowInsecureUrls", "false")
            .UseSetting("Notifications:Webhooks:AllowPrivateNetworks", "false"));
        var http = production.CreateClient();
        http.DefaultRequestHeaders.Authorization = tenant.Admin().Http.DefaultRequestHeaders.Authorization;

        foreach (var url in new[] { "http://partner.example.com/hook", "https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://192.168.0.10/hook", "https://169.254.169.254/latest", "https://[::1]/hook", "https://[::127.0.0.1]/hook", "https://[64:ff9b::7f00:1]/hook", "https://[2002:7f00:1::]/hook", "https://198.18.0.1/hook", "https://192.0.0.1/hook" })
        {
            var response = await http.PostAsJsonAsync("/api/v1/admin/webhooks", new { url, secret = Secret, eventTypes = new[] { "ticket.opened" } });
            (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("url", url);
        }

        var unknownEvent = await http.PostAsJsonAsync("/api/v1/admin/webhooks", new { url = "https://93.184.215.14/hook", secret = Secret, eventTypes = new[] { "ticket.deleted" } });
        (await unknownEvent.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("eventTypes[0]");
    }

    [Fact]
    public async Task A_deactivated_endpoint_gets_nothing_more_and_its_secret_is_never_shown()
    {
        using var receiver = new TestWebhookReceiver();
        var tenant = await api.CreateTenantAsync();
        var endpointId = await RegisterAsync(tenant, receiver.Url, "ticket.opened");

        (await tenant.Admin().Http.PostAsync($"/api/v1/admin/webhooks/{endpointId}/deactivate", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        await tenant.Customer().OpenTicketAsync();
        await api.DispatchAsync();

        receiver.Received.Should().BeEmpty();
        (await tenant.Admin().Http.GetStringAsync("/api/v1/admin/webhooks")).Should().NotContain(Secret);
    }

    private static async Task<string> RegisterAsync(TestTenant tenant, string url, params string[] eventTypes)
    {
        var response = await tenant.Admin().Http.PostAsJsonAsync("/api/v1/admin/webhooks", new { url, secret = Secret, eventTypes });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).Should().NotContain(Secret);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static string Sign(string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    private sealed record DeliveryView(string DeliveryId, string EventType, int Attempt, int? StatusCode, bool Succeeded);

    private sealed record DeliveryLogView(List<DeliveryView> Items);
}
