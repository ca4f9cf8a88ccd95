using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Api;

[Collection(ApiCollection.Name)]
public sealed class LocalizationTests(PosVendasApiFactory api)
{
    [Theory]
    [InlineData("pt-BR", "Um ou mais campos são inválidos.", "não pode ficar vazio")]
    [InlineData("en-US,en;q=0.9", "One or more validation errors occurred.", "must not be empty")]
    [InlineData("es", "Uno o más campos no son válidos.", "no puede estar vacío")]
    public async Task The_same_invalid_request_is_answered_in_the_language_asked_for(string acceptLanguage, string title, string message)
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Reembolso");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets") { Content = JsonContent.Create(new { subjectId = subject.Id, description = " " }) };
        request.Headers.Add("Accept-Language", acceptLanguage);

        var problem = await (await ana.Http.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Title.Should().Be(title);
        problem.Errors!["description"].Should().ContainSingle().Which.Should().Contain(message);
    }

    [Fact]
    public async Task Business_rules_and_framework_answers_follow_the_language_too()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();

        var inactive = await ana.FindSubjectAsync("Extrato IRPF");
        await api.ExecuteSqlAsync("UPDATE catalog.subjects SET is_active = false WHERE id = $1", Guid.Parse(inactive.Id));

        var notFound = await Send(ana, HttpMethod.Get, "/api/v1/tickets/999", "es");
        var inactiveSubject = await Send(ana, HttpMethod.Post, "/api/v1/tickets", "en", new { subjectId = inactive.Id, description = "x" });

        var missing = await notFound.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        missing.Title.Should().Be("No encontrado");
        missing.Detail.Should().Be("Solicitud '999' no encontrada.");
        var attachmentId = Guid.NewGuid();
        var noAttachment = await Send(ana, HttpMethod.Get, $"/api/v1/attachments/{attachmentId}/content", "pt-BR");
        (await noAttachment.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Detail.Should().Be($"Anexo '{attachmentId}' não encontrado.");
        var rule = await inactiveSubject.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        rule.Title.Should().Be("Business rule broken");
        rule.Detail.Should().StartWith("The chosen subject is not available");
    }

    [Fact]
    public async Task Every_broken_rule_keeps_the_business_rule_title_and_malformed_JSON_its_own()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();

        var duplicate = await Send(admin, HttpMethod.Post, "/api/v1/admin/departments", "en", new { name = "Financeiro" });
        var malformed = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets") { Content = new StringContent("{", System.Text.Encoding.UTF8, "application/json") };
        malformed.Headers.Add("Accept-Language", "es");

        var rule = await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        rule.Title.Should().Be("Business rule broken");
        rule.Rule.Should().Be("CatalogNameMustBeUnique");
        var spanish = await (await Send(admin, HttpMethod.Post, "/api/v1/admin/departments", "es", new { name = "Financeiro" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        spanish.Title.Should().Be("Regla de negocio incumplida");
        spanish.Detail.Should().Be("Ya existe un elemento llamado 'Financeiro' en este nivel del catálogo.");
        var unreadable = await (await tenant.Customer().Http.SendAsync(malformed)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        unreadable.Title.Should().Be("El cuerpo de la solicitud no es un JSON válido.");
        unreadable.Detail.Should().StartWith("No se pudo leer el JSON en '");
        unreadable.Errors!.Values.Should().ContainSingle().Which.Should().Equal("El valor no es un JSON válido para este campo.");
    }

    [Fact]
    public async Task Upload_refusals_are_explained_in_the_language_asked_for()
    {
        var tenant = await api.CreateTenantAsync();
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(TestFiles.Html());
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        form.Add(part, "files", "pagina.txt");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/attachments") { Content = form };
        request.Headers.Add("Accept-Language", "es");

        var problem = await (await tenant.Customer().Http.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);

        problem.Title.Should().Be("Tipo de contenido no admitido");
        problem.Detail.Should().Be("El archivo contiene marcado HTML o script, que no se acepta en ningún tipo de archivo.");
    }

    [Fact]
    public async Task Conditional_idempotent_and_upload_requests_are_refused_in_the_language_asked_for()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();
        var subject = await ana.FindSubjectAsync("Reembolso");
        var key = Guid.NewGuid().ToString();
        (await OpenWithKeyAsync(ana, key, subject.Id, "Primeiro texto", "es")).StatusCode.Should().Be(HttpStatusCode.Created);

        var noIfMatch = await Send(tenant.Staff(), HttpMethod.Put, $"/api/v1/staff/tickets/{ticket.Number}/status", "es", new { statusId = Guid.NewGuid() });
        var reusedKey = await OpenWithKeyAsync(ana, key, subject.Id, "Outro texto", "en");
        var longKey = await OpenWithKeyAsync(ana, new string('k', 256), subject.Id, "Texto", "pt-BR");
        var noContentType = await Send(ana, HttpMethod.Post, "/api/v1/attachments", "es");

        (await noIfMatch.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired)).Detail.Should()
            .Be("Envíe en el encabezado If-Match el ETag de la solicitud que leyó (GET /api/v1/staff/tickets/{number}).");
        (await reusedKey.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Detail.Should()
            .Be("This Idempotency-Key was already used with a different request. Use a new key for a new request.");
        (await longKey.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Detail.Should()
            .Be("O cabeçalho Idempotency-Key tem no máximo 255 caracteres.");
        var unsupported = await noContentType.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        unsupported.Title.Should().Be("Tipo de contenido no admitido");
        unsupported.Detail.Should().Be("Envíe los archivos como multipart/form-data.");
    }

    [Fact]
    public async Task Without_a_supported_Accept_Language_the_token_and_then_the_tenant_decide()
    {
        var tenant = await api.CreateTenantAsync();

        var french = await Send(tenant.Customer(), HttpMethod.Get, "/api/v1/tickets/999", "fr-FR");
        var tokenSpanish = await Send(tenant.CustomerSpeaking("es"), HttpMethod.Get, "/api/v1/tickets/999", null);
        var headerWins = await Send(tenant.CustomerSpeaking("es"), HttpMethod.Get, "/api/v1/tickets/999", "en");

        (await french.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Title.Should().Be("Não encontrado", "the tenant's default language is pt-BR");
        (await tokenSpanish.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Title.Should().Be("No encontrado");
        (await headerWins.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Title.Should().Be("Not Found");
    }

    private static Task<HttpResponseMessage> OpenWithKeyAsync(ApiClient client, string key, string subjectId, string description, string acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets") { Content = JsonContent.Create(new { subjectId, description }) };
        request.Headers.Add("Idempotency-Key", key);
        request.Headers.Add("Accept-Language", acceptLanguage);
        return client.Http.SendAsync(request);
    }

    [Theory]
    [InlineData("pt-BR", "Descrição", "Assunto")]
    [InlineData("en", "Description", "Subject")]
    [InlineData("es", "Descripción", "Asunto")]
    public async Task Validation_messages_name_fields_in_the_callers_language(string language, string description, string subject)
    {
        var tenant = await api.CreateTenantAsync();

        var response = await Send(tenant.Customer(), HttpMethod.Post, "/api/v1/tickets", language, new { subjectId = Guid.Empty, description = " " });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors!["description"].Single().Should().Contain($"'{description}'");
        problem.Errors["subjectId"].Single().Should().Contain($"'{subject}'");
        string.Join(" ", problem.Errors.Values.SelectMany(messages => messages)).Should().NotContain("Subject Id").And.NotContain("SubjectId");
    }

    [Fact]
    public async Task Staff_and_admin_refusals_speak_the_callers_language_too()
    {
        var tenant = await api.CreateTenantAsync();

        var category = await Send(tenant.Admin(), HttpMethod.Post, "/api/v1/admin/statuses", "pt-BR", new { name = "Arquivado", category = "archived" });
        var label = await Send(tenant.Admin(), HttpMethod.Post, "/api/v1/admin/statuses", "es", new { name = "Archivado", category = "closed", label = new { ptBr = " " } });
        var queue = await Send(tenant.Staff(), HttpMethod.Get, "/api/v1/staff/tickets?sort=oldest", "pt-BR");

        (await category.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["category"].Single().Should().Be("'Categoria' deve ser um destes: new, open, pending, on_hold, solved, closed.");
        (await label.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["label"].Single().Should().Be("'Etiqueta' necesita al menos uno de ptBr, en, es.");
        (await queue.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["sort"].Single().Should().StartWith("'sort' deve ser um destes:");
    }

    [Theory]
    [InlineData("pt-BR", "'subjectId' deve ser um UUID")]
    [InlineData("en", "'subjectId' must be a UUID")]
    public async Task A_value_of_the_wrong_kind_names_the_field_and_what_it_takes(string language, string message)
    {
        var tenant = await api.CreateTenantAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets")
        {
            Content = new StringContent("{\"subjectId\": \"not-a-uuid\", \"description\": \"Pedido\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Accept-Language", language);

        var problem = await (await tenant.Customer().Http.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors!["subjectId"].Single().Should().StartWith(message);
        problem.Title.Should().NotContain("JSON");
    }

    private static Task<HttpResponseMessage> Send(ApiClient client, HttpMethod method, string path, string? acceptLanguage, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        return client.Http.SendAsync(request);
    }
}
