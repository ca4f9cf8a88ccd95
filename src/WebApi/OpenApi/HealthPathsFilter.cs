using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PosVendas.WebApi.OpenApi;

/// <summary>
/// The health endpoints (Program maps them with <c>MapHealthChecks</c>, which the API explorer does not see), so
/// load balancers and operators find them in the contract. Neither needs a token nor is ever rate limited.
/// HealthResponses writes readiness.
/// </summary>
internal sealed class HealthPathsFilter : IDocumentFilter
{
    private const string Tag = "Operations";
    private const string ReportSchema = "HealthReport";

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components!.Schemas!;
        schemas[ReportSchema] = Report();
        swaggerDoc.Paths.Add("/health/live", Path(Operation(
            "GetLiveness",
            "Liveness: the process answers requests.",
            "Always 200 \"Healthy\" while the process runs; it checks no dependency, so a restart is never caused by the database.",
            ("200", "The process is alive.", Text("Healthy")))));
        swaggerDoc.Paths.Add("/health/ready", Path(Operation(
            "GetReadiness",
            "Readiness: whether this instance can serve requests, with each check.",
            "Answers within about a second: the database (reachable within its own short timeout), the notification backlog and, when configured, Redis. Degraded still serves requests; Unhealthy (503) means the database is unreachable.",
            ("200", "Healthy or Degraded.", Json(swaggerDoc)),
            ("503", "Unhealthy: take this instance out of rotation.", Json(swaggerDoc)))));
    }

    private static OpenApiPathItem Path(OpenApiOperation get) =>
        new() { Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Get] = get } };

    private static OpenApiOperation Operation(string id, string summary, string description, params (string Status, string Description, (string Type, OpenApiMediaType Media) Content)[] responses)
    {
        var operation = new OpenApiOperation
        {
            OperationId = id,
            Summary = summary,
            Description = description,
            Tags = new HashSet<OpenApiTagReference> { new(Tag) },
            Security = [],
            Responses = [],
        };
        foreach (var (status, text, content) in responses)
        {
            operation.Responses[status] = new OpenApiResponse
            {
                Description = text,
                Content = new Dictionary<string, IOpenApiMediaType> { [content.Type] = content.Media },
            };
        }

        return operation;
    }

    private static (string, OpenApiMediaType) Text(string example) =>
        ("text/plain", new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Examples = [example] } });

    private static (string, OpenApiMediaType) Json(OpenApiDocument document) =>
        ("application/json", new OpenApiMediaType { Schema = new OpenApiSchemaReference(ReportSchema, document) });

    private static OpenApiSchema Report()
    {
        var status = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Enum = [JsonValue.Create("Healthy"), JsonValue.Create("Degraded"), JsonValue.Create("Unhealthy")],
        };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "The overall status and each check's status, description and data.",
            Required = new HashSet<string> { "status", "checks" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["status"] = status,
                ["checks"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Check name (database, notifications, and redis when configured) → its result.",
                    AdditionalProperties = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "status" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["status"] = status,
                            ["description"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                            ["data"] = new OpenApiSchema
                            {
                                Type = JsonSchemaType.Object,
                                Description = "Figures of the check, e.g. the notification backlog.",
                                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Number },
                            },
                        },
                    },
                },
            },
            Examples =
            [
                new JsonObject
            {
                ["status"] = "Healthy",
                ["checks"] = new JsonObject
                {
                    ["database"] = new JsonObject { ["status"] = "Healthy", ["description"] = null, ["data"] = new JsonObject() },
                    ["notifications"] = new JsonObject
                    {
                        ["status"] = "Healthy",
                        ["description"] = null,
                        ["data"] = new JsonObject { ["backlog"] = 0, ["oldestPendingAgeSeconds"] = 0, ["dead"] = 0 },
                    },
                },
            },
            ],
        };
    }
}
