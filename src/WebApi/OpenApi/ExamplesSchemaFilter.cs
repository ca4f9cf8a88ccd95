using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using PosVendas.Application.Tickets;
using PosVendas.Application.Tickets.ListMyTickets;
using PosVendas.WebApi.Endpoints;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PosVendas.WebApi.OpenApi;

/// <summary>
/// Examples as front-end developers first read them: whole examples for the main requests and responses of the
/// customer flow, and for every other member a value of its kind (a subject's name, a person's, an e-mail address, a
/// UUIDv7, a UTC time) instead of Swagger UI's "string".
/// </summary>
internal sealed class ExamplesSchemaFilter : ISchemaFilter
{
    /// <summary>What "name" is in each schema that has one.</summary>
    private static readonly Dictionary<string, string> NameBySchema = new(StringComparer.Ordinal)
    {
        ["CommentAuthorDto"] = "Bruno Lima",
        ["QueueCustomerDto"] = "Ana Souza",
        ["DepartmentDto"] = "Engenharia",
        ["DepartmentRequest"] = "Engenharia",
        ["ServiceTypeDto"] = "Assistência técnica",
        ["ServiceTypeAdminDto"] = "Assistência técnica",
        ["CatalogItemRequest"] = "Assistência técnica",
        ["NamedReference"] = "Assistência técnica",
        ["SubjectDto"] = "Infiltrações",
        ["SubjectAdminDto"] = "Infiltrações",
        ["SubjectRequest"] = "Infiltrações",
    };

    /// <summary>Members by name, whatever the schema.</summary>
    private static readonly Dictionary<string, JsonNode> ByMember = new(StringComparer.Ordinal)
    {
        ["name"] = "Em andamento",
        ["body"] = "Olá Ana, vamos agendar uma vistoria para esta semana.",
        ["description"] = "Há uma infiltração na parede da sala, perto da janela.",
        ["changedBy"] = "Bruno Lima",
        ["email"] = "ana.souza@example.com",
        ["notificationEmail"] = "engenharia@construtora.example",
        ["emailFromAddress"] = "chamados@construtora.example",
        ["emailReplyTo"] = "atendimento@construtora.example",
        ["supportEmail"] = "atendimento@construtora.example",
        ["recipient"] = "ana.souza@example.com",
        ["displayName"] = "Construtora Exemplo",
        ["defaultLocale"] = "pt-BR",
        ["timeZone"] = "America/Sao_Paulo",
        ["portalTicketUrl"] = "https://portal.construtora.example/chamados/{number}",
        ["ptBr"] = "Em andamento",
        ["en"] = "In progress",
        ["es"] = "En curso",
        ["fileName"] = "parede.jpg",
        ["contentType"] = "image/jpeg",
        ["contentPath"] = "/api/v1/attachments/0196b7a5-0a11-7d2e-8c44-5e9f1a2b3c4d/content",
        ["sha256"] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        ["nextCursor"] = "dDE6NDI",
        ["url"] = "https://erp.parceiro.example/webhooks/posvendas",
        ["secret"] = "whsec-2f7d9c1e8a6b4d3f",
        ["eventType"] = "ticket.replied",
        ["type"] = "email.customer_reply",
        ["error"] = "Connection refused",
        ["lastError"] = "550 Mailbox unavailable",
        ["code"] = "email_from_missing",
        ["message"] = "Sem endereço de remetente: os e-mails saem do endereço padrão da plataforma.",
        ["category"] = "open",
        ["number"] = 42,
        ["size"] = 48213,
        ["sortOrder"] = 10,
        ["attempt"] = 1,
        ["attempts"] = 3,
        ["statusCode"] = 502,
        ["autoCloseSolvedAfterDays"] = 7,
    };

    /// <summary>Members by format, when neither the schema nor the name says more.</summary>
    private static readonly Dictionary<string, JsonNode> ByFormat = new(StringComparer.Ordinal)
    {
        ["uuid"] = "0196b7a4-3f0e-7c3a-9a51-2f1e6b8d4c10",
        ["date-time"] = "2026-11-28T12:00:00.000000Z",
    };

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
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        if (Examples.TryGetValue(context.Type, out var example))
        {
            concrete.Examples = [example()];
        }

        foreach (var (member, property) in concrete.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (property is OpenApiSchema { Examples: null or { Count: 0 }, Enum: null or { Count: 0 } } plain && MemberExample(context.Type.Name, member, plain) is { } value)
            {
                plain.Examples = [value];
            }
        }
    }

    private static JsonNode? MemberExample(string schema, string member, OpenApiSchema property)
    {
        if (member == "name" && NameBySchema.TryGetValue(schema, out var name))
        {
            return name;
        }

        if (ByMember.TryGetValue(member, out var byMember))
        {
            return byMember.DeepClone();
        }

        return property.Format is { } format && ByFormat.TryGetValue(format, out var byFormat) ? byFormat.DeepClone() : null;
    }

    private static JsonObject Named(string id, string name) => new() { ["id"] = id, ["name"] = name };

    private static JsonObject Status(string name, string category) =>
        new() { ["id"] = "0196b7a4-2222-7000-8000-000000000002", ["name"] = name, ["category"] = category };
}
