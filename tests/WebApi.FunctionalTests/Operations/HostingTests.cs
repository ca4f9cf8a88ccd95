using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PosVendas.Infrastructure.Persistence;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Operations;

[Collection(ApiCollection.Name)]
public sealed class HostingTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Liveness_answers_healthy_without_a_token()
    {
        var response = await api.CreateClient().GetAsync("/health/live");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task Readiness_checks_the_database_and_shows_the_notification_backlog()
    {
        await api.DispatchAsync();
        var tenant = await api.CreateTenantAsync();
        await tenant.Customer().OpenTicketAsync();

        var response = await api.CreateClient().GetAsync("/health/ready");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        report.RootElement.GetProperty("status").GetString().Should().Be("Healthy");
        var checks = report.RootElement.GetProperty("checks");
        checks.GetProperty("database").GetProperty("status").GetString().Should().Be("Healthy");
        checks.GetProperty("notifications").GetProperty("data").GetProperty("backlog").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        checks.GetProperty("notifications").GetProperty("data").GetProperty("oldestPendingAgeSeconds").GetDouble().Should().BeGreaterThanOrEqualTo(0);
        await api.DispatchAsync();
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_customer_operation_with_bearer_security()
    {
        var response = await api.CreateClient().GetAsync("/swagger/v1/swagger.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        var operationIds = root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Select(operation => operation.Value.GetProperty("operationId").GetString())
            .ToList();
        operationIds.Should().Contain([
            "ListServiceTypes", "OpenTicket", "ListMyTickets", "GetTicket", "ReplyToTicket",
            "UploadAttachments", "DownloadAttachment",
            "ListTicketQueue", "GetStaffTicket", "ReplyAsStaff", "ChangeTicketStatus",
            "ListStatuses", "CreateStatus", "UpdateStatus", "DeactivateStatus", "ReactivateStatus", "DeleteStatus",
            "ListDepartments", "CreateDepartment", "UpdateDepartment",
            "GetCatalogForAdmin", "CreateServiceType", "UpdateServiceType", "CreateSubject", "UpdateSubject",
        ]);
        operationIds.Should().OnlyHaveUniqueItems();
        operationIds.Should().NotContain("IssueDevToken", "development tokens do not exist outside Development");
        root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString().Should().Be("bearer");
    }

    /// <summary>
    /// The rules generated clients rely on, for every operation: a token only where one is needed, one problem schema
    /// per kind (400 validation, 409 rule), Location on what creates, Retry-After on 429 and 503,
    /// Idempotency-Replayed where a key is taken, and every query parameter described.
    /// </summary>
    [Fact]
    public async Task Every_operation_declares_its_security_problems_headers_and_parameters()
    {
        using var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Path: path.Name, Operation: operation.Value)))
            .ToList();

        foreach (var (path, operation) in operations)
        {
            var id = operation.GetProperty("operationId").GetString();
            var security = operation.GetProperty("security").EnumerateArray().ToList();
            if (path.StartsWith("/health/", StringComparison.Ordinal) || path.StartsWith("/api/v1/portal/", StringComparison.Ordinal))
            {
                security.Should().BeEmpty($"{id} needs no token");
            }
            else
            {
                security.Should().ContainSingle($"{id} needs a token").Which.TryGetProperty("Bearer", out _).Should().BeTrue();
            }

            var responses = operation.GetProperty("responses");
            foreach (var response in responses.EnumerateObject())
            {
                if (response.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out var problem))
                {
                    var expected = response.Name switch { "400" => "ValidationProblem", "409" => "RuleProblem", _ => "Problem" };
                    problem.GetProperty("schema").GetProperty("$ref").GetString().Should().Be($"#/components/schemas/{expected}", $"{id} {response.Name}");
                }
            }

            foreach (var status in new[] { "429", "503" })
            {
                if (responses.TryGetProperty(status, out var limited) && limited.TryGetProperty("headers", out var headers))
                {
                    headers.TryGetProperty("Retry-After", out _).Should().BeTrue($"{id} {status} says when to retry");
                }
            }

            if (responses.TryGetProperty("201", out var created) && id != "UploadAttachments")
            {
                created.GetProperty("headers").TryGetProperty("Location", out _).Should().BeTrue($"{id} says where the created resource is");
            }

            var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
            if (parameters.Any(parameter => parameter.GetProperty("name").GetString() == "Idempotency-Key"))
            {
                var success = responses.TryGetProperty("201", out var ok201) ? ok201 : responses.GetProperty("200");
                success.GetProperty("headers").TryGetProperty("Idempotency-Replayed", out _).Should().BeTrue($"{id} can replay");
            }

            foreach (var parameter in parameters.Where(parameter => parameter.GetProperty("in").GetString() == "query"))
            {
                parameter.TryGetProperty("description", out _).Should().BeTrue($"{id}'s {parameter.GetProperty("name").GetString()} is described");
            }
        }

        operations.Should().Contain(entry => entry.Path == "/health/ready");
    }

    /// <summary>
    /// docs/openapi.json is the contract partners read; it must be what the code produces. To accept a change, run the
    /// tests with POSVENDAS_UPDATE_OPENAPI=1 and commit the regenerated file.
    /// </summary>
    [Fact]
    public async Task The_committed_OpenAPI_document_matches_the_code()
    {
        // Requested as scripts/run.sh's address: the document's server is the origin it is requested from.
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost:5080") });
        var generated = await client.GetStringAsync("/swagger/v1/swagger.json");
        var path = Path.Combine(TestPaths.RepositoryRoot, "docs", "openapi.json");
        var normalized = JsonSerializer.Serialize(JsonDocument.Parse(generated).RootElement, new JsonSerializerOptions { WriteIndented = true }) + "\n";

        if (Environment.GetEnvironmentVariable("POSVENDAS_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, normalized);
        }

        File.Exists(path).Should().BeTrue("docs/openapi.json is committed");
        (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n").Should().Be(
            normalized,
            "the committed OpenAPI document must match the code; regenerate it with POSVENDAS_UPDATE_OPENAPI=1");
    }


    [Fact]
    public async Task Swagger_UI_is_served_at_swagger()
    {
        var response = await api.CreateClient().GetAsync("/swagger/index.html");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("swagger-ui");
    }

    [Fact]
    public async Task Development_tokens_do_not_exist_outside_Development()
    {
        var response = await api.CreateClient().PostAsJsonAsync("/dev/tokens", new { tenant = "demo", email = "a@example.com", name = "A" });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Development_tokens_open_the_customer_flow_in_Development()
    {
        var tenant = await api.CreateTenantAsync();
        using var development = api.WithWebHostBuilder(builder => builder.UseEnvironment("Development"));
        var http = development.CreateClient();

        var issued = await http.PostAsJsonAsync("/dev/tokens", new { tenant = tenant.Slug, email = "dev@example.com", name = "Dev" });
        issued.StatusCode.Should().Be(HttpStatusCode.OK);
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);

        (await http.GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await http.GetStringAsync("/swagger/v1/swagger.json"));
        var issue = document.RootElement.GetProperty("paths").GetProperty("/dev/tokens").GetProperty("post");
        issue.GetProperty("security").GetArrayLength().Should().Be(0, "a development token is how a caller gets a token");
        issue.GetProperty("tags")[0].GetString().Should().Be("Development");
    }

    [Fact]
    public async Task A_development_token_for_a_tenant_that_does_not_exist_is_404_rather_than_a_token_every_call_refuses()
    {
        using var development = api.WithWebHostBuilder(builder => builder.UseEnvironment("Development"));
        var http = development.CreateClient();
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await http.PostAsJsonAsync("/dev/tokens", new { tenant = "no-such-tenant", email = "dev@example.com", name = "Dev" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Detail.Should().Be("Tenant 'no-such-tenant' was not found.");
    }

    [Fact]
    public async Task An_unknown_route_is_404_problem()
    {
        var response = await api.CreateClient().GetAsync("/api/v1/nothing-here");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_committed_migrations_match_the_model_and_are_all_applied()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        db.Database.HasPendingModelChanges().Should().BeFalse("every model change needs a committed migration");
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }
}
