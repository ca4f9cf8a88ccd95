using System.Net;
using System.Net.Http.Json;
using System.Text;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Api;

/// <summary>
/// Text PostgreSQL cannot store, or a reader cannot see, is refused with a 400 naming the field, wherever it arrives,
/// and nothing is stored; blank-looking text is empty; names compare in one Unicode form.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HostileTextTests(PosVendasApiFactory api)
{
    [Theory]
    [InlineData("Infiltração\u0000grave")]
    [InlineData("Infiltração\u0007")]
    [InlineData("Infiltração \\ud800 sem par")]
    public async Task A_description_with_a_refused_character_is_400_naming_it_and_opens_nothing(string description)
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Reembolso");
        var json = $"{{\"subjectId\":\"{subject.Id}\",\"description\":\"{Escaped(description)}\"}}";

        var response = await ana.Http.PostAsync("/api/v1/tickets", new StringContent(json, Encoding.UTF8, "application/json"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["description"].Single().Should().Contain("Descrição");
        (await ana.ListTicketsAsync()).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_text_field_and_query_refuses_a_NUL_alike()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();
        var admin = tenant.Admin();
        var serviceTypeId = (await ana.GetCatalogAsync()).Items[0].Id;
        var departmentId = (await ana.GetCatalogAsync()).Items[0].Subjects[0].Department.Id;

        var reply = await ana.Http.PostAsJsonAsync($"/api/v1/tickets/{ticket.Number}/comments", new { body = "a\u0000b" });
        var staffReply = await tenant.Staff().Http.PostAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number}/comments", new { body = "a\u0000b" });
        var department = await admin.Http.PostAsJsonAsync("/api/v1/admin/departments", new { name = "Pós\u0000venda" });
        var type = await admin.Http.PostAsJsonAsync("/api/v1/admin/service-types", new { name = "Tipo\u0000" });
        var subject = await admin.Http.PostAsJsonAsync($"/api/v1/admin/service-types/{serviceTypeId}/subjects", new { name = "Assunto\u0000", departmentId });
        var status = await admin.Http.PostAsJsonAsync("/api/v1/admin/statuses", new { name = "Status\u0000", category = "open", label = new { en = "x\u0000" } });
        var search = await tenant.Staff().Http.GetAsync("/api/v1/staff/tickets?q=infiltra%00cao");

        (await reply.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("body");
        (await staffReply.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("body");
        (await department.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("name");
        (await type.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("name");
        (await subject.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("name");
        (await status.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKeys("name", "label.en");
        (await search.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("q");
        (await ana.GetTicketAsync(ticket.Number)).Comments.Should().BeEmpty();
    }

    [Theory]
    [InlineData("\u200B\u200B")]
    [InlineData(" \u202E \u2066 ")]
    [InlineData("\uFEFF")]
    public async Task Text_of_only_invisible_characters_counts_as_empty(string body)
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();

        var response = await ana.Http.PostAsJsonAsync($"/api/v1/tickets/{ticket.Number}/comments", new { body });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("body");
    }

    [Fact]
    public async Task A_name_typed_with_a_combining_accent_is_the_same_name_as_the_precomposed_one()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();

        var composed = await admin.Http.PostAsJsonAsync("/api/v1/admin/departments", new { name = "Pós-venda" });
        var decomposed = await admin.Http.PostAsJsonAsync("/api/v1/admin/departments", new { name = "Po\u0301s-venda" });

        composed.StatusCode.Should().Be(HttpStatusCode.Created);
        (await decomposed.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("CatalogNameMustBeUnique");
    }

    [Fact]
    public async Task An_idempotency_key_with_a_control_character_is_400()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Reembolso");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets") { Content = JsonContent.Create(new { subjectId = subject.Id, description = "Pedido" }) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "key\u0001one");

        var response = await ana.Http.SendAsync(request);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Detail.Should().Contain("Idempotency-Key");
        (await ana.ListTicketsAsync()).Items.Should().BeEmpty();
    }

    /// <summary>JSON-escapes the control characters; a "\ud800" written as such stays an escape (a lone surrogate).</summary>
    private static string Escaped(string text) =>
        string.Concat(text.Select(c => c < ' ' ? $"\\u{(int)c:x4}" : c.ToString()));
}
