using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PosVendas.WebApi.OpenApi;

/// <summary>What each group of operations is for, as front-end and integration teams read it in Swagger UI.</summary>
internal sealed class TagDescriptionsFilter : IDocumentFilter
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["Service catalog"] = "The Tipo → Assunto drop-down customers open tickets from.",
        ["Tickets"] = "The customer's tickets (chamados): open, list, read, reply. A submitted ticket is never edited.",
        ["Attachments"] = "Uploads, checked by content, that tickets and replies then attach; authorized downloads.",
        ["Staff tickets"] = "The company's side: the queue, answers and internal notes, status changes with If-Match.",
        ["Admin: statuses"] = "Each flow's statuses: categories, customer-facing labels, defaults.",
        ["Admin: departments"] = "The departments tickets are routed to, and where they are notified.",
        ["Admin: service types and subjects"] = "The catalog customers choose from, with labels per language.",
        ["Admin: notifications"] = "Deliveries of e-mails and webhooks that failed for good, and their redelivery.",
        ["Admin: webhooks"] = "Integration partners' endpoints for ticket events, and their delivery logs.",
        ["Development"] = "Only in the Development environment: tokens for trying the API.",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var tag in swaggerDoc.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && Descriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }
    }
}
