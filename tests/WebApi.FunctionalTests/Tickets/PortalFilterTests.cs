using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Tickets;

/// <summary>What a portal needs to filter and label: status labels, category and state filters, times it can compare.</summary>
[Collection(ApiCollection.Name)]
public sealed class PortalFilterTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Any_signed_in_caller_reads_the_tenants_statuses_labelled_in_their_language()
    {
        var tenant = await api.CreateTenantAsync();

        var spanish = await tenant.CustomerSpeaking("es").Http.GetFromJsonAsync<JsonElement>("/api/v1/statuses");
        var staff = await tenant.Staff().Http.GetFromJsonAsync<JsonElement>("/api/v1/statuses");
        var anonymous = await api.CreateClient().GetAsync("/api/v1/statuses");

        var items = spanish.GetProperty("items").EnumerateArray().ToList();
        items.Select(s => (s.GetProperty("name").GetString(), s.GetProperty("category").GetString())).Should().Equal(
            ("Sin respuesta", "new"),
            ("En curso", "open"),
            ("Esperando aprobación", "pending"),
            ("Programación de inspección", "on_hold"),
            ("Esperando confirmación", "solved"),
            ("Concluido", "closed"));
        items.Should().OnlyContain(s => s.GetProperty("serviceTypeId").ValueKind == JsonValueKind.Null && s.GetProperty("isActive").GetBoolean());
        items.Select(s => s.GetProperty("sortOrder").GetInt32()).Should().BeInAscendingOrder();
        staff.GetProperty("items")[0].GetProperty("name").GetString().Should().Be("Sem resposta");
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_list_filters_by_category_and_by_open_or_closed_state()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var fresh = await ana.OpenTicketAsync();
        var waiting = await ana.OpenTicketAsync();
        var done = await ana.OpenTicketAsync();
        await tenant.MoveAsync(waiting.Number, "pending");
        await tenant.MoveAsync(done.Number, "closed");

        (await ana.ListTicketsAsync("?state=open")).Items.Select(t => t.Number).Should().Equal(waiting.Number, fresh.Number);
        (await ana.ListTicketsAsync("?state=closed")).Items.Select(t => t.Number).Should().Equal(done.Number);
        (await ana.ListTicketsAsync("?category=pending&category=closed")).Items.Select(t => t.Number).Should().Equal(done.Number, waiting.Number);
        (await ana.ListTicketsAsync("?category=closed&state=open")).Items.Should().BeEmpty();
        (await ana.ListTicketsAsync("?category=new&limit=1")).Items.Should().ContainSingle().Which.Number.Should().Be(fresh.Number);
        var pending = (await ana.GetTicketAsync(waiting.Number)).Status.Id;
        (await ana.ListTicketsAsync($"?status={pending}&category=pending")).Items.Should().ContainSingle().Which.Number.Should().Be(waiting.Number);
        (await ana.ListTicketsAsync($"?status={pending}&state=closed")).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_category_or_state_is_400_listing_the_values_it_takes()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();

        var category = await ana.Http.GetAsync("/api/v1/tickets?category=archived");
        var state = await ana.Http.GetAsync("/api/v1/tickets?state=Open");

        (await category.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["category"].Single()
            .Should().Contain("new, open, pending, on_hold, solved, closed");
        (await state.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("state");
    }

    [Fact]
    public async Task Times_are_UTC_with_Z_and_the_same_in_every_answer()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var opened = await ana.Http.PostAsJsonAsync("/api/v1/tickets", new { subjectId = (await ana.FindSubjectAsync("Reembolso")).Id, description = "Pedido" });
        var openedJson = await opened.Content.ReadFromJsonAsync<JsonElement>();
        var number = openedJson.GetProperty("number").GetInt32();
        var reply = await (await ana.PostReplyAsync(number, "Mais um detalhe.")).Content.ReadFromJsonAsync<JsonElement>();

        var detail = await ana.Http.GetFromJsonAsync<JsonElement>($"/api/v1/tickets/{number}");
        var list = await ana.Http.GetFromJsonAsync<JsonElement>("/api/v1/tickets");

        var createdAt = openedJson.GetProperty("createdAt").GetString()!;
        createdAt.Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$");
        detail.GetProperty("createdAt").GetString().Should().Be(createdAt);
        list.GetProperty("items")[0].GetProperty("createdAt").GetString().Should().Be(createdAt, "list and detail name the same fact alike");
        detail.GetProperty("comments")[0].GetProperty("createdAt").GetString().Should().Be(reply.GetProperty("createdAt").GetString());
        detail.GetProperty("lastActivityAt").GetString().Should().EndWith("Z");
    }

    [Fact]
    public async Task The_staff_queue_takes_opening_dates_with_any_offset()
    {
        var tenant = await api.CreateTenantAsync();
        var ticket = await tenant.Customer().OpenTicketAsync();
        var saoPaulo = ticket.CreatedAt.ToOffset(TimeSpan.FromHours(-3));
        var before = Uri.EscapeDataString(saoPaulo.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm:sszzz"));
        var after = Uri.EscapeDataString(saoPaulo.AddMinutes(1).ToString("yyyy-MM-ddTHH:mm:sszzz"));

        var from = await tenant.Staff().Http.GetAsync($"/api/v1/staff/tickets?openedFrom={before}");
        var to = await tenant.Staff().Http.GetAsync($"/api/v1/staff/tickets?openedTo={before}");
        var window = await tenant.Staff().Http.GetFromJsonAsync<QueueView>($"/api/v1/staff/tickets?openedFrom={before}&openedTo={after}");

        from.StatusCode.Should().Be(HttpStatusCode.OK, await from.Content.ReadAsStringAsync());
        (await from.Content.ReadFromJsonAsync<QueueView>())!.Items.Should().ContainSingle();
        (await to.Content.ReadFromJsonAsync<QueueView>())!.Items.Should().BeEmpty();
        window!.Items.Should().ContainSingle();
    }
}
