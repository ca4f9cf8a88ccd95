using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using PosVendas.Application.Tickets;
using PosVendas.Application.Tickets.ListMyTickets;
using PosVendas.WebApi.Endpoints;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PosVendas.WebApi.OpenApi;

/// <summary>Examples for the main requests and responses of the customer flow, as front-end developers first read them.</summary>
internal sealed class ExamplesSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<Type, Func<JsonNode>> Examples = new()
    {
        [typeof(OpenTicketRequest)] = () => new JsonObject
        {
            ["subjectId"] = "0196b7a4-3f0e-7c3a-9a51-2f1e6b8d4c10",
            ["description"] = "Há uma infiltração na parede da sala, perto da janela.",
            ["attachmentIds"] = new JsonArray("0196b7a5-0a11-7d2e-8c44-5e9f1a2b3c4d"),
        },
        [typeof(ReplyRequest)] = () => new JsonObject
        {
            ["body"] = "Segue mais um detalhe: a mancha aumentou depois da chuva.",
            ["attachmentIds"] = new JsonArray(),
        },
        [typeof(TicketSummaryDto)] = () => new JsonObject
        {
            ["number"] = 42,
            ["serviceType"] = Named("0196b7a4-1111-7000-8000-000000000001", "Assistência técnica"),
            ["subject"] = Named("0196b7a4-3f0e-7c3a-9a51-2f1e6b8d4c10", "Infiltrações"),
            ["status"] = Status("Em andamento", "open"),
            ["createdAt"] = "2026-11-28T12:00:00.000000Z",
            ["lastActivityAt"] = "2026-11-28T15:30:00.000000Z",
        },
        [typeof(TicketListResponse)] = () => new JsonObject
        {
            ["items"] = new JsonArray(),
            ["nextCursor"] = "dDE6NDI",
        },
        [typeof(CommentDto)] = () => new JsonObject
        {
            ["id"] = "0196b7a6-2222-7000-8000-000000000003",
            ["body"] = "Olá Ana, vamos agendar uma vistoria.",
            ["createdAt"] = "2026-11-28T15:30:00.000000Z",
            ["author"] = new JsonObject { ["name"] = "Bruno Lima", ["kind"] = "staff" },
            ["attachments"] = new JsonArray(),
        },
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type, out var example))
        {
            concrete.Examples = [example()];
        }
    }

    private static JsonObject Named(string id, string name) => new() { ["id"] = id, ["name"] = name };

    private static JsonObject Status(string name, string category) =>
        new() { ["id"] = "0196b7a4-2222-7000-8000-000000000002", ["name"] = name, ["category"] = category };
}
