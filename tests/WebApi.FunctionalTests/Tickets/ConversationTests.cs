using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Tickets;

/// <summary>Statuses follow the conversation: who waits on whom changes with each reply, and the customer closes.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConversationTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task A_customer_reply_to_a_ticket_waiting_on_them_hands_it_back_to_staff_as_an_automatic_change()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();
        await tenant.MoveAsync(ticket.Number, "pending");

        (await ana.PostReplyAsync(ticket.Number, "Orçamento aprovado.")).StatusCode.Should().Be(HttpStatusCode.Created);

        var read = await ana.GetTicketAsync(ticket.Number);
        read.Status.Category.Should().Be("open");
        read.Timeline[^1].Should().Match<TimelineEntryView>(entry => entry.Kind == "status_change" && entry.Automatic && entry.ChangedBy == "customer");
        read.Timeline.Where(entry => entry.Kind == "status_change").Select(entry => entry.ChangedBy)
            .Should().Equal(["staff", "customer"], "the customer reads who moved their ticket, without staff names");
        read.Timeline.Where(entry => entry.Kind == "comment").Should().OnlyContain(entry => entry.ChangedBy == null);
        var history = (await StaffTicketAsync(tenant, ticket.Number)).StatusHistory;
        history[^1].Should().Match<StatusChangeView>(change => change.Automatic && change.ChangedBy == "Ana" && change.From.Category == "pending");
        history[0].Automatic.Should().BeFalse("staff chose the pending status");
    }

    [Fact]
    public async Task A_reply_Location_reads_that_comment_and_an_internal_note_is_only_staffs()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var staff = tenant.Staff();
        var ticket = await ana.OpenTicketAsync();

        var reply = await ana.PostReplyAsync(ticket.Number, "A mancha aumentou.");
        var note = await staff.Http.PostAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number}/comments", new { body = "Verificar o ralo.", @internal = true });
        var noteLocation = note.Headers.Location!.OriginalString;

        var comment = (await reply.Content.ReadFromJsonAsync<CommentView>())!;
        reply.Headers.Location!.OriginalString.Should().Be($"/api/v1/tickets/{ticket.Number}/comments/{comment.Id}");
        (await ana.Http.GetFromJsonAsync<CommentView>(reply.Headers.Location))!.Body.Should().Be("A mancha aumentou.");
        (await staff.Http.GetFromJsonAsync<StaffCommentView>(noteLocation))!.Should().Match<StaffCommentView>(n => n.IsInternal && n.Body == "Verificar o ralo.");
        var noteId = noteLocation.Split('/')[^1];
        await (await ana.Http.GetAsync($"/api/v1/tickets/{ticket.Number}/comments/{noteId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await tenant.Customer("Bia").Http.GetAsync(reply.Headers.Location)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var otherTenant = await api.CreateTenantAsync();
        await (await otherTenant.Staff().Http.GetAsync(noteLocation)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_customer_reply_leaves_a_ticket_on_hold_where_it_is()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();
        await tenant.MoveAsync(ticket.Number, "on_hold");

        await ana.PostReplyAsync(ticket.Number, "Quando vem a vistoria?");

        (await ana.GetTicketAsync(ticket.Number)).Status.Category.Should().Be("on_hold");
    }

    [Fact]
    public async Task The_customer_confirms_a_solved_ticket_and_it_closes_as_their_change()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();
        await tenant.MoveAsync(ticket.Number, "solved");
        (await ana.GetTicketAsync(ticket.Number)).Status.Name.Should().Be("Aguardando confirmação");

        var response = await ana.Http.PostAsync($"/api/v1/tickets/{ticket.Number}/confirmation", null);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.ETag.Should().NotBeNull();
        var confirmed = (await response.Content.ReadFromJsonAsync<TicketView>())!;
        confirmed.Status.Should().Match<StatusView>(status => status.Category == "closed" && status.Name == "Concluído");
        var change = (await StaffTicketAsync(tenant, ticket.Number)).StatusHistory[^1];
        change.Should().Match<StatusChangeView>(c => c.ChangedBy == "Ana" && !c.Automatic && c.To.Category == "closed");
    }

    [Fact]
    public async Task Only_a_solved_ticket_can_be_confirmed_and_only_by_its_customer()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer("Ana");
        var ticket = await ana.OpenTicketAsync();

        var notSolved = await ana.Http.PostAsync($"/api/v1/tickets/{ticket.Number}/confirmation", null);
        await tenant.MoveAsync(ticket.Number, "solved");
        var someoneElse = await tenant.Customer("Bia").Http.PostAsync($"/api/v1/tickets/{ticket.Number}/confirmation", null);
        var staff = await tenant.Staff().Http.PostAsync($"/api/v1/tickets/{ticket.Number}/confirmation", null);

        (await notSolved.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("OnlySolvedTicketsAreConfirmed");
        await someoneElse.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await staff.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await ana.GetTicketAsync(ticket.Number)).Status.Category.Should().Be("solved");
    }

    [Fact]
    public async Task A_status_change_is_activity_the_customer_sees()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();

        await tenant.MoveAsync(ticket.Number, "on_hold");

        var read = await ana.GetTicketAsync(ticket.Number);
        read.LastActivityAt.Should().BeAfter(ticket.LastActivityAt);
        read.LastActivityAt.Should().Be(read.Timeline[^1].At);
    }

    private static async Task<StaffTicketView> StaffTicketAsync(TestTenant tenant, int number) =>
        (await tenant.Staff().Http.GetFromJsonAsync<StaffTicketView>($"/api/v1/staff/tickets/{number}"))!;
}
