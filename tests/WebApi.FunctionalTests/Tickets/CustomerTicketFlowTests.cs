using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Tickets;

[Collection(ApiCollection.Name)]
public sealed class CustomerTicketFlowTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Service_catalog_lists_the_default_types_and_subjects_with_their_departments()
    {
        var tenant = await api.CreateTenantAsync();

        var catalog = await tenant.Customer().GetCatalogAsync();

        catalog.Items.Select(type => type.Name).Should().Equal("Financeiro", "Engenharia e construção", "Assistência técnica");
        catalog.Items[0].Subjects.Select(subject => subject.Name).Should().Equal("Reembolso", "Extrato IRPF");
        catalog.Items[2].Subjects.Should().OnlyContain(subject => subject.Department.Name == "Assistência Técnica");
    }

    [Fact]
    public async Task Opening_a_ticket_returns_201_with_location_number_initial_status_and_routed_department()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Hidráulica");

        var response = await ana.PostTicketAsync(subject.Id, "  Vazamento no registro do banheiro.  ");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be("/api/v1/tickets/1");
        var ticket = (await response.Content.ReadFromJsonAsync<TicketView>())!;
        ticket.Number.Should().Be(1);
        ticket.ServiceType.Name.Should().Be("Engenharia e construção");
        ticket.Subject.Name.Should().Be("Hidráulica");
        ticket.Department.Should().Be(subject.Department);
        ticket.Status.Name.Should().Be("Sem resposta");
        ticket.Status.Category.Should().Be("new");
        ticket.Description.Should().Be("Vazamento no registro do banheiro.");
        ticket.Comments.Should().BeEmpty();
        ticket.CreatedAt.Offset.Should().Be(TimeSpan.Zero);
        ticket.CreatedAt.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Ticket_detail_shows_the_conversation_oldest_first_with_author_and_time()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer("Ana Souza");
        var opened = await ana.OpenTicketAsync();

        (await ana.PostReplyAsync(opened.Number, "Primeira mensagem")).StatusCode.Should().Be(HttpStatusCode.Created);
        (await ana.PostReplyAsync(opened.Number, "Segunda mensagem")).StatusCode.Should().Be(HttpStatusCode.Created);

        var response = await ana.Http.GetAsync($"/api/v1/tickets/{opened.Number}");
        response.Headers.ETag.Should().NotBeNull("reads carry the ticket's version");
        var ticket = (await response.Content.ReadFromJsonAsync<TicketView>())!;
        ticket.Description.Should().Be(opened.Description);
        ticket.Department.Name.Should().Be("Assistência Técnica");
        ticket.Comments.Select(comment => comment.Body).Should().Equal("Primeira mensagem", "Segunda mensagem");
        ticket.Comments.Should().OnlyContain(comment => comment.Author.Name == "Ana Souza" && comment.Author.Kind == "customer");
        ticket.Comments[0].CreatedAt.Should().BeOnOrBefore(ticket.Comments[1].CreatedAt);
        ticket.LastActivityAt.Should().Be(ticket.Comments[1].CreatedAt);
    }

    [Fact]
    public async Task Reply_returns_201_with_the_stored_comment()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();

        var response = await ana.PostReplyAsync(ticket.Number, "  Segue a foto do local.  ");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var comment = (await response.Content.ReadFromJsonAsync<CommentView>())!;
        comment.Body.Should().Be("Segue a foto do local.");
        comment.Author.Kind.Should().Be("customer");
        (await ana.GetTicketAsync(ticket.Number)).Comments.Should().ContainSingle().Which.Id.Should().Be(comment.Id);
    }

    [Fact]
    public async Task List_shows_number_service_type_status_and_opening_date_newest_first()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        await ana.OpenTicketAsync(subjectName: "Reembolso");
        await ana.OpenTicketAsync(subjectName: "Elétrica");

        var list = await ana.ListTicketsAsync();

        list.Items.Select(item => item.Number).Should().Equal(2, 1);
        list.Items[0].ServiceType.Name.Should().Be("Engenharia e construção");
        list.Items[0].Subject.Name.Should().Be("Elétrica");
        list.Items[1].ServiceType.Name.Should().Be("Financeiro");
        list.Items.Should().OnlyContain(item => item.Status.Name == "Sem resposta");
        list.Items[0].CreatedAt.Should().BeOnOrAfter(list.Items[1].CreatedAt);
        list.NextCursor.Should().BeNull();
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task A_submitted_ticket_cannot_be_edited_or_deleted(string method)
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync("Texto original");

        var response = await ana.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/v1/tickets/{ticket.Number}")
        {
            Content = JsonContent.Create(new { description = "Texto alterado" }),
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
        (await ana.GetTicketAsync(ticket.Number)).Description.Should().Be("Texto original");
    }

    [Fact]
    public async Task Reply_to_a_closed_ticket_is_409_and_asks_for_a_new_ticket()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();
        await api.ExecuteSqlAsync(
            """
            UPDATE tickets.tickets t SET status_id = s.id
            FROM workflow.ticket_statuses s, tenancy.tenants tn
            WHERE s.tenant_id = t.tenant_id AND s.category = 'Closed' AND tn.id = t.tenant_id AND tn.slug = $1 AND t.number = $2
            """,
            tenant.Slug,
            ticket.Number);

        var response = await ana.PostReplyAsync(ticket.Number, "Ainda tenho dúvidas");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.Rule.Should().Be("ClosedTicketTakesNoReplies");
        problem.Detail.Should().Contain("abra um novo chamado", "the tenant speaks Portuguese by default");
        (await ana.GetTicketAsync(ticket.Number)).Comments.Should().BeEmpty();
    }

    [Fact]
    public async Task Status_filter_returns_only_tickets_in_that_status()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var first = await ana.OpenTicketAsync();
        await ana.OpenTicketAsync();

        var byInitialStatus = await ana.ListTicketsAsync($"?status={first.Status.Id}");
        var byOtherStatus = await ana.ListTicketsAsync($"?status={Guid.NewGuid()}");

        byInitialStatus.Items.Should().HaveCount(2);
        byOtherStatus.Items.Should().BeEmpty();
    }
}
