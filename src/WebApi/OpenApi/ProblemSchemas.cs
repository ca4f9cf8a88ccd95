using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PosVendas.WebApi.OpenApi;

/// <summary>
/// The RFC 9457 problem documents as the API writes them (ProblemExceptionHandler, ProblemDefaults): every problem has
/// <c>type</c>, <c>title</c>, <c>status</c> and <c>traceId</c>; a 400 adds <c>errors</c> (field → messages) and a 409
/// adds <c>rule</c>. ASP.NET Core's own <c>ProblemDetails</c> schemas describe members the API never sends
/// (<c>instance</c>, any extension), so they are replaced.
/// </summary>
internal sealed class ProblemSchemas : IDocumentFilter
{
    public const string Problem = "Problem";
    public const string ValidationProblem = "ValidationProblem";
    public const string RuleProblem = "RuleProblem";

    /// <summary>The schema a problem response with <paramref name="status"/> has.</summary>
    public static string For(string status) => status switch
    {
        "400" => ValidationProblem,
        "409" => RuleProblem,
        _ => Problem,
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        swaggerDoc.Components ??= new OpenApiComponents();
        var schemas = swaggerDoc.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        schemas.Remove("ProblemDetails");
        schemas.Remove("HttpValidationProblemDetails");

        schemas[Problem] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An RFC 9457 problem document: what went wrong, in the caller's language.",
            Required = new HashSet<string> { "type", "title", "status", "traceId" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("The specification of the status code (RFC 9110 or RFC 6585 section).", "https://tools.ietf.org/html/rfc9110#section-15.5.5"),
                ["title"] = Text("A short summary of the kind of problem.", "Não encontrado"),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code.", Examples = [404] },
                ["detail"] = Text("What happened to this request, for a person to read.", "O chamado 42 não existe."),
                ["traceId"] = Text("Identifies the request in the API's logs; quote it when reporting a problem.", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
            },
        };
        schemas[ValidationProblem] = Extended(
            swaggerDoc,
            "A 400: the request's fields that cannot be accepted, each with its messages (\"$\" is the request as a whole).",
            "errors",
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Field name → messages in the caller's language.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                Examples = [new JsonObject { ["description"] = new JsonArray("Descrição é obrigatória.") }],
            });
        schemas[RuleProblem] = Extended(
            swaggerDoc,
            "A 409: the request conflicts with a business rule or with the current state; rule names which, for a program to branch on.",
            "rule",
            Text("The rule or conflict, e.g. AttachmentCanBeClaimedOnce, OnlySolvedTicketsAreConfirmed, IdempotencyKeyInUse.", "AttachmentCanBeClaimedOnce"));
    }

    private static OpenApiSchema Extended(OpenApiDocument document, string description, string member, IOpenApiSchema memberSchema) => new()
    {
        Description = description,
        AllOf =
        [
            new OpenApiSchemaReference(Problem, document),
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { member },
                Properties = new Dictionary<string, IOpenApiSchema> { [member] = memberSchema },
            },
        ],
    };

    private static OpenApiSchema Text(string description, string example) =>
        new() { Type = JsonSchemaType.String, Description = description, Examples = [example] };
}
