using PosVendas.Application.Common.Responses;
using PosVendas.Domain.Common;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Tickets;

/// <summary>A catalog item as read from the database: staff see its name, customers its label in their language.</summary>
internal sealed record CatalogRow(Guid Id, string Name, LocalizedText Label)
{
    public NamedReference For(Audience audience) => new(Id, audience.IsStaff ? Name : Label.For(audience.Locale));
}

/// <summary>A status as read from the database: staff see its name, customers its label in their language.</summary>
internal sealed record StatusRow(Guid Id, string Name, LocalizedText Label, StatusCategory Category)
{
    public StatusDto For(Audience audience) => new(Id, audience.IsStaff ? Name : Label.For(audience.Locale), Category);
}

/// <summary>Who a response is for: staff read internal names, customers labels in their language.</summary>
internal sealed record Audience(bool IsStaff, string Locale)
{
    public static Audience Staff { get; } = new(IsStaff: true, "pt-BR");

    public static Audience Customer(string locale) => new(IsStaff: false, locale);
}
