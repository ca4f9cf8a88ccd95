using PosVendas.Domain.Common;
using PosVendas.Domain.Warranty;

namespace PosVendas.Domain.Workflow;

/// <summary>
/// A stage of a service flow (Sem resposta, Em andamento, Concluído…): the tenant's own, or one service type's when
/// that flow has statuses of its own. Staff see its internal name; customers see its label in their language.
/// Created and changed through <see cref="StatusFlow"/>, which keeps the flow's invariants.
/// </summary>
public sealed class TicketStatus : ITenantOwned
{
    public const int NameMaxLength = 80;

    private TicketStatus()
    {
        Name = null!;
        Label = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>The service type whose flow this status belongs to; null for the tenant-wide flow.</summary>
    public Guid? ServiceTypeId { get; private set; }

    /// <summary>The internal name staff work with.</summary>
    public string Name { get; private set; }

    /// <summary>What customers read.</summary>
    public LocalizedText Label { get; private set; }

    public StatusCategory Category { get; private set; }

    /// <summary>The status a ticket takes when a rule moves it to this category (one per category and flow).</summary>
    public bool IsDefault { get; private set; }

    /// <summary>New tickets start here: the default status of the New category.</summary>
    public bool IsInitial => Category == StatusCategory.New && IsDefault;

    public int SortOrder { get; private set; }

    /// <summary>Deactivated statuses cannot be assigned any more but stay on the tickets that have them.</summary>
    public bool IsActive { get; private set; }

    /// <summary>Whether customers are told (by e-mail) when their ticket enters this status.</summary>
    public bool NotifyCustomer { get; private set; }

    /// <summary>
    /// The assessment outcome that moves a ticket of this flow here (Procedente → "Reparo agendado", Improcedente →
    /// "Improcedente"); null for none. One status per outcome and flow, set through <see cref="StatusFlow"/>.
    /// </summary>
    public AssessmentOutcome? AssessmentOutcome { get; private set; }

    internal static TicketStatus Create(
        Guid tenantId,
        Guid? serviceTypeId,
        string name,
        LocalizedText? label,
        StatusCategory category,
        int sortOrder,
        bool isDefault,
        bool notifyCustomer)
    {
        var trimmed = Text.Required(name, NameMaxLength, nameof(name));
        return new TicketStatus
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            ServiceTypeId = serviceTypeId,
            Name = trimmed,
            Label = label ?? new LocalizedText(trimmed),
            Category = Enum.IsDefined(category) ? category : throw new ArgumentOutOfRangeException(nameof(category)),
            IsDefault = isDefault,
            SortOrder = sortOrder,
            IsActive = true,
            NotifyCustomer = notifyCustomer,
        };
    }

    internal void MapAssessmentOutcome(AssessmentOutcome? outcome) => AssessmentOutcome = outcome;

    internal void Rename(string name) => Name = Text.Required(name, NameMaxLength, nameof(name));

    public void Relabel(LocalizedText label) => Label = label;

    public void Reorder(int sortOrder) => SortOrder = sortOrder;

    public void SetNotifyCustomer(bool notify) => NotifyCustomer = notify;

    internal void SetDefault(bool isDefault) => IsDefault = isDefault;

    internal void SetActive(bool isActive) => IsActive = isActive;
}
