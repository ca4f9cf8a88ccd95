using PosVendas.Domain.Common;

namespace PosVendas.Domain.Workflow;

/// <summary>A stage of a tenant's service flow (Sem resposta, Em andamento, Concluído…).</summary>
public sealed class TicketStatus : ITenantOwned
{
    public const int NameMaxLength = 80;

    private TicketStatus()
    {
        Name = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; }

    public StatusCategory Category { get; private set; }

    /// <summary>The status a ticket takes when a rule moves it to this category (one per category and tenant).</summary>
    public bool IsDefault { get; private set; }

    /// <summary>New tickets start here: the default status of the New category.</summary>
    public bool IsInitial => Category == StatusCategory.New && IsDefault;

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    public static TicketStatus Create(Guid tenantId, string name, StatusCategory category, int sortOrder, bool isDefault = false) =>
        New(tenantId, name, category, sortOrder, isDefault);

    public static TicketStatus CreateInitial(Guid tenantId, string name, int sortOrder) =>
        New(tenantId, name, StatusCategory.New, sortOrder, isDefault: true);

    private static TicketStatus New(Guid tenantId, string name, StatusCategory category, int sortOrder, bool isDefault) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        Name = Text.Required(name, NameMaxLength, nameof(name)),
        Category = category,
        IsDefault = isDefault,
        SortOrder = sortOrder,
        IsActive = true,
    };
}
