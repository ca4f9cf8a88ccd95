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

    /// <summary>New tickets start here. A tenant has exactly one initial status, and it is of the New category.</summary>
    public bool IsInitial { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    public static TicketStatus Create(Guid tenantId, string name, StatusCategory category, int sortOrder) =>
        New(tenantId, name, category, sortOrder, isInitial: false);

    public static TicketStatus CreateInitial(Guid tenantId, string name, int sortOrder) =>
        New(tenantId, name, StatusCategory.New, sortOrder, isInitial: true);

    private static TicketStatus New(Guid tenantId, string name, StatusCategory category, int sortOrder, bool isInitial) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        Name = Text.Required(name, NameMaxLength, nameof(name)),
        Category = category,
        IsInitial = isInitial,
        SortOrder = sortOrder,
        IsActive = true,
    };
}
