using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PosVendas.WebApi.OpenApi;

/// <summary>
/// The groups of operations in the order a partner reads them (the customer's, then staff's, then admin's, then
/// operations), each with what it is for. Names are PascalCase words because client generators make one class per
/// tag from them (NSwag: <c>TicketsClient</c>, <c>StaffTicketsClient</c>, <c>AdminStatusesClient</c>).
/// </summary>
internal sealed class TagDescriptionsFilter : IDocumentFilter
{
    private static readonly (string Name, string Description)[] Tags =
    [
        ("Catalog", "The Tipo → Assunto drop-downs customers open tickets from, and the statuses a portal filters by."),
        ("Tickets", "The customer's tickets (chamados): open, list, read, reply, confirm. A submitted ticket is never edited."),
        ("Me", "What belongs to the signed-in customer: the units and common areas they may open tickets about."),
        ("Warranty", "Whether a request about a unit looks covered by the builder's warranty terms, and until when: advice, never a refusal."),
        ("Attachments", "Uploads, checked by content, that tickets and replies then attach; authorized downloads with ranges."),
        ("StaffTickets", "The company's side: the queue, answers and internal notes, status changes with If-Match."),
        ("StaffReports", "What the company's teams count: assessments by outcome, reason, warranty item and development."),
        ("AdminStatuses", "Each flow's statuses: categories, customer-facing labels, defaults."),
        ("AdminDepartments", "The departments tickets are routed to, and where they are notified."),
        ("AdminCatalog", "The catalog customers choose from, with labels per language."),
        ("AdminDevelopments", "The developments (empreendimentos) of the location registry."),
        ("AdminBuildings", "The buildings (torres, blocos) of each development."),
        ("AdminUnits", "The units (unidades), and their import from an ERP by external id, one by one or 1,000 at a time."),
        ("AdminCommonAreas", "The common areas (áreas comuns) of developments and buildings."),
        ("AdminOccupancies", "Who holds which unit (owners, co-owners, residents) and who is síndico of which development or building."),
        ("AdminWarranty", "The builder's warranty terms: catalogs in versions (a published version never changes), from the reference template or by hand."),
        ("AdminSettings", "The tenant's name, language, time zone, e-mail addresses, automatic closing and the portal's logo and colour."),
        ("AdminNotifications", "Deliveries of e-mails and webhooks that failed for good, and their redelivery."),
        ("AdminWebhooks", "Integration partners' endpoints for ticket events, and their delivery logs."),
        ("Portal", "What a customer portal shows before sign-in: the company's look, its identity provider and the upload limits."),
        ("Operations", "Liveness and readiness for load balancers and orchestrators; no token needed."),
        ("Development", "Only in the Development environment: tokens for trying the API; no token needed."),
    ];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var used = (swaggerDoc.Paths ?? [])
            .SelectMany(path => path.Value.Operations ?? [])
            .SelectMany(operation => operation.Value.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name)
            .ToHashSet(StringComparer.Ordinal);
        var unknown = used.Where(name => name is not null && Tags.All(tag => tag.Name != name)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"Operations are tagged {string.Join(", ", unknown)}, which TagDescriptionsFilter does not describe.");
        }

        swaggerDoc.Tags = new HashSet<OpenApiTag>(
            Tags.Where(tag => used.Contains(tag.Name)).Select(tag => new OpenApiTag { Name = tag.Name, Description = tag.Description }));
    }
}
