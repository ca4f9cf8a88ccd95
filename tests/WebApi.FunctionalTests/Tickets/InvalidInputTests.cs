using System.Net;
using System.Text;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Tickets;

[Collection(ApiCollection.Name)]
public sealed class InvalidInputTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Malformed_json_is_400_problem()
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Customer().Http.PostAsync("/api/v1/tickets", new StringContent("{\"subjectId\": ", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_400_naming_the_field()
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Customer().Http.PostAsync("/api/v1/tickets", new StringContent("{\"subjectId\": \"not-a-guid\", \"description\": \"x\"}", Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors.Should().ContainKey("subjectId");
    }

    [Theory]
    [InlineData("/api/v1/tickets?status=abc", "status", "en", "The value is not valid for this parameter; see its type and format in the OpenAPI document.")]
    [InlineData("/api/v1/tickets?limit=ten", "limit", "es", "El valor no es válido para este parámetro; consulte su tipo y formato en el documento OpenAPI.")]
    public async Task A_query_value_of_the_wrong_type_is_400_naming_the_parameter_in_the_request_language(
        string path, string parameter, string language, string message)
    {
        var tenant = await api.CreateTenantAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept-Language", language);

        var response = await tenant.Customer().Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors.Should().ContainKey(parameter).WhoseValue.Should().Equal(message);
        body.Should().NotContain("Failed to bind").And.NotContain("Guid").And.NotContain("Int32").And.NotContain("int ");
    }

    [Fact]
    public async Task A_missing_json_body_is_400_saying_so_in_the_request_language()
    {
        var tenant = await api.CreateTenantAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets") { Content = new StringContent("", Encoding.UTF8, "application/json") };
        request.Headers.Add("Accept-Language", "pt-BR");

        var problem = await (await tenant.Customer().Http.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Title.Should().Be("O corpo da requisição não é um JSON válido.");
        problem.Detail.Should().Be("Esta operação precisa de um corpo JSON.");
        problem.Errors.Should().ContainKey("$");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Customer().Http.PostAsync("/api/v1/tickets", new StringContent("descrição", Encoding.UTF8, "text/plain"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public async Task An_empty_description_is_400_naming_the_field(string description)
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Reembolso");

        var problem = await (await ana.PostTicketAsync(subject.Id, description)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors.Should().ContainKey("description");
        (await ana.ListTicketsAsync()).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task A_description_over_20000_characters_is_400_and_20000_is_accepted()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Reembolso");

        var tooLong = await ana.PostTicketAsync(subject.Id, new string('a', 20_001));
        var longest = await ana.PostTicketAsync(subject.Id, "  " + new string('a', 20_000) + "  ");

        (await tooLong.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("description");
        longest.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_missing_subject_is_400_and_an_unknown_subject_is_404()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();

        var missing = await ana.Http.PostAsync("/api/v1/tickets", new StringContent("{\"description\": \"Pedido\"}", Encoding.UTF8, "application/json"));
        var unknown = await ana.PostTicketAsync(Guid.NewGuid().ToString(), "Pedido");

        (await missing.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("subjectId");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_inactive_subject_is_409_and_disappears_from_the_catalog()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Extrato IRPF");
        await api.ExecuteSqlAsync("UPDATE catalog.subjects SET is_active = false WHERE id = $1", Guid.Parse(subject.Id));

        var response = await ana.PostTicketAsync(subject.Id, "Preciso do extrato");

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("SubjectMustBeSelectable");
        (await ana.GetCatalogAsync()).Items.SelectMany(type => type.Subjects).Should().NotContain(s => s.Id == subject.Id);
    }

    [Fact]
    public async Task An_empty_or_over_long_reply_is_400_naming_the_field()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();

        (await (await ana.PostReplyAsync(ticket.Number, " ")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("body");
        (await (await ana.PostReplyAsync(ticket.Number, new string('b', 20_001))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("body");
        (await ana.GetTicketAsync(ticket.Number)).Comments.Should().BeEmpty();
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?cursor=garbage", "cursor")]
    public async Task Bad_list_parameters_are_400_naming_the_parameter(string query, string field)
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Customer().Http.GetAsync($"/api/v1/tickets{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey(field);
    }

    [Fact]
    public async Task A_non_numeric_limit_is_400()
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Customer().Http.GetAsync("/api/v1/tickets?limit=many");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_over_the_request_size_limit_is_413_before_it_is_read()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Reembolso");
        var huge = $"{{\"subjectId\":\"{subject.Id}\",\"description\":\"{new string('a', 2 * 1024 * 1024)}\"}}";

        var response = await ana.Http.PostAsync("/api/v1/tickets", new StringContent(huge, Encoding.UTF8, "application/json"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Detail.Should().Contain("1048576");
        (await ana.ListTicketsAsync()).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task A_ticket_that_does_not_exist_is_404()
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Customer().Http.GetAsync("/api/v1/tickets/999");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
