using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;
using PosVendas.WebApi.FunctionalTests.Locations;

namespace PosVendas.WebApi.FunctionalTests.Reliability;

/// <summary>
/// Every operation of docs/openapi.json that takes an id or a ticket number, called on one customer's data by
/// everyone who must not reach it: another customer of the same tenant, a customer of another tenant, an admin of
/// another tenant, and nobody at all. Each answer is 401, 403 or 404, and none carries the owner's data.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IsolationMatrixTests(PosVendasApiFactory api)
{
    private const string Secret = "Vazamento confidencial 7f3a";

    [Fact]
    public async Task No_one_else_reaches_a_customers_resources_through_any_operation()
    {
        var owner = await OwnedResourcesAsync();
        var outsiders = new Dictionary<string, ApiClient>
        {
            ["customer of the same tenant"] = owner.Tenant.Customer("Intrusa"),
            ["customer of another tenant"] = owner.OtherTenant.Customer("Ana"),
            ["admin of another tenant"] = owner.OtherTenant.Admin(),
            ["no token"] = ApiClient.WithToken(api, token: null),
        };

        // An upsert by the ERP's own key acts in the caller's tenant, whoever else uses the same key: another tenant's
        // admin creates a unit of their own (External_ids_are_unique_in_a_tenant_and_free_in_another), so it is no way in.
        var operations = (await OperationsWithIdsAsync()).Where(operation => operation.OperationId != "UpsertUnitByExternalId").ToList();
        operations.Should().HaveCountGreaterThanOrEqualTo(17);
        var failures = new List<string>();
        foreach (var (method, template, operationId) in operations)
        {
            var path = template
                .Replace("{number}", owner.TicketNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{id}", template.Contains("{id}", StringComparison.Ordinal) ? owner.IdFor(template) : "", StringComparison.Ordinal);
            foreach (var (who, client) in outsiders)
            {
                var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (Body(operationId, owner) is { } body)
                {
                    request.Content = JsonContent.Create(body);
                }

                request.Headers.TryAddWithoutValidation("If-Match", "*");
                var response = await client.Http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                {
                    failures.Add($"{operationId} {method} {path} as {who}: {(int)response.StatusCode} {text}");
                }
                else if (text.Contains(Secret, StringComparison.Ordinal) || text.Contains(owner.Email, StringComparison.OrdinalIgnoreCase))
                {
                    failures.Add($"{operationId} {method} {path} as {who}: the answer carries the owner's data");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    private async Task<List<(string Method, string Template, string OperationId)>> OperationsWithIdsAsync()
    {
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(TestPaths.RepositoryRoot, "docs", "openapi.json")));
        return [.. document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(path => path.Name.Contains('{', StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().Select(operation =>
                (operation.Name.ToUpperInvariant(), path.Name, operation.Value.GetProperty("operationId").GetString()!)))];
    }

    private static object? Body(string operationId, Owned owner) => operationId switch
    {
        "ReplyToTicket" or "ReplyAsStaff" => new { body = "Tentativa de intrusão" },
        "ChangeTicketStatus" => new { statusId = owner.StatusId },
        "AssessTicket" => new { outcome = "procedente", explanation = "Tentativa de intrusão" },
        "ContestAssessment" => new { reason = "Tentativa de intrusão" },
        "MapAssessmentOutcome" => new { outcome = "procedente" },
        "UpdateDepartment" or "UpdateServiceType" or "UpdateSubject" or "UpdateStatus" => new { name = "Invadido" },
        "CreateSubject" => new { name = "Invadido", departmentId = owner.DepartmentId },
        "UpdateDevelopment" => new { name = "Invadido", code = "INV" },
        "UpdateBuilding" or "UpdateCommonArea" => new { name = "Invadido" },
        "UpdateUnit" => new { code = "Invadido" },
        "EndOccupancy" => new { to = "2030-01-01" },
        "AddWarrantyVersion" or "ReplaceWarrantyItems" => new { items = new[] { WarrantyItem } },
        "PinWarrantyTerms" => new { catalogId = owner.WarrantyCatalogId, version = 1 },
        "MapSubjectToWarrantyItem" => new { itemKey = "impermeabilizacao" },
        _ => null,
    };

    private static readonly object WarrantyItem = new
    {
        key = "impermeabilizacao",
        system = new { ptBr = "Impermeabilização" },
        component = new { ptBr = "Lajes" },
        termMonths = 60,
        startsFrom = "handover",
    };

    private async Task<Owned> OwnedResourcesAsync()
    {
        var tenant = await api.CreateTenantAsync();
        var other = await api.CreateTenantAsync();
        var email = $"dona{Guid.NewGuid():N}"[..12];
        var ana = tenant.Customer(email);
        var upload = await ana.UploadAsync("segredo.txt", "text/plain", Encoding.UTF8.GetBytes(Secret));
        var ticket = await ana.OpenTicketWithAttachmentsAsync(upload.Id);
        await ana.PostReplyAsync(ticket.Number, Secret);
        var admin = tenant.Admin();
        var statuses = (await admin.Http.GetFromJsonAsync<StatusListView>("/api/v1/admin/statuses"))!.Items;
        var webhook = await admin.Http.PostAsJsonAsync("/api/v1/admin/webhooks", new { url = "http://127.0.0.1:9/hook", secret = "segredo-do-parceiro-123", eventTypes = new[] { "ticket.opened" } });
        var webhookId = (await webhook.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var parque = await tenant.RegisterParqueAsync();
        var occupancy = await tenant.OccupyAsync(parque.Unit.Id, email);
        var catalog = await admin.Http.PostAsJsonAsync("/api/v1/admin/warranty-catalogs", new { name = "Manual", items = new[] { WarrantyItem } });
        var catalogId = (await catalog.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var outboxId = await api.ScalarAsync<Guid>(
            "SELECT m.id FROM notifications.outbox_messages m JOIN tenancy.tenants t ON t.id = m.tenant_id WHERE t.slug = $1 LIMIT 1",
            tenant.Slug);
        return new Owned(
            tenant,
            other,
            $"{email}@example.com",
            ticket.Number,
            upload.Id,
            statuses[1].Id,
            ticket.Department.Id,
            ticket.ServiceType.Id,
            ticket.Subject.Id,
            webhookId,
            outboxId.ToString(),
            parque,
            occupancy.Id,
            catalogId);
    }

    private sealed record Owned(
        TestTenant Tenant,
        TestTenant OtherTenant,
        string Email,
        int TicketNumber,
        string AttachmentId,
        string StatusId,
        string DepartmentId,
        string ServiceTypeId,
        string SubjectId,
        string WebhookId,
        string OutboxMessageId,
        Registry Places,
        string OccupancyId,
        string WarrantyCatalogId)
    {
        public string IdFor(string template) => template switch
        {
            _ when template.StartsWith("/api/v1/attachments", StringComparison.Ordinal) => AttachmentId,
            _ when template.StartsWith("/api/v1/admin/statuses", StringComparison.Ordinal) => StatusId,
            _ when template.StartsWith("/api/v1/admin/departments", StringComparison.Ordinal) => DepartmentId,
            _ when template.StartsWith("/api/v1/admin/service-types", StringComparison.Ordinal) => ServiceTypeId,
            _ when template.StartsWith("/api/v1/admin/subjects", StringComparison.Ordinal) => SubjectId,
            _ when template.StartsWith("/api/v1/admin/webhooks", StringComparison.Ordinal) => WebhookId,
            _ when template.StartsWith("/api/v1/admin/outbox", StringComparison.Ordinal) => OutboxMessageId,
            _ when template.StartsWith("/api/v1/admin/developments", StringComparison.Ordinal) => Places.Development.Id,
            _ when template.StartsWith("/api/v1/admin/buildings", StringComparison.Ordinal) => Places.Tower.Id,
            _ when template.StartsWith("/api/v1/admin/units", StringComparison.Ordinal) => Places.Unit.Id,
            _ when template.StartsWith("/api/v1/admin/common-areas", StringComparison.Ordinal) => Places.Pool.Id,
            _ when template.StartsWith("/api/v1/admin/occupancies", StringComparison.Ordinal) => OccupancyId,
            _ when template.StartsWith("/api/v1/admin/warranty-catalogs", StringComparison.Ordinal) => WarrantyCatalogId,
            _ => throw new InvalidOperationException($"No owned resource for {template}: extend the matrix."),
        };
    }
}
