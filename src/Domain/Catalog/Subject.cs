using PosVendas.Domain.Catalog.Rules;
using PosVendas.Domain.Common;

namespace PosVendas.Domain.Catalog;

/// <summary>An "Assunto" under a service type, routed to the department that answers it.</summary>
public sealed class Subject : ITenantOwned
{
    public const int NameMaxLength = 120;

    private Subject()
    {
        Name = null!;
        Label = null!;
        ServiceType = null!;
    }

    internal Subject(ServiceType serviceType, string name, LocalizedText? label, Guid departmentId, int sortOrder)
    {
        Id = Guid.CreateVersion7();
        TenantId = serviceType.TenantId;
        ServiceTypeId = serviceType.Id;
        ServiceType = serviceType;
        Name = Text.Required(name, NameMaxLength, nameof(name));
        Label = label ?? new LocalizedText(Name);
        DepartmentId = departmentId;
        SortOrder = sortOrder;
        IsActive = true;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid ServiceTypeId { get; private set; }

    public ServiceType ServiceType { get; private set; }

    public string Name { get; private set; }

    public LocalizedText Label { get; private set; }

    public Guid DepartmentId { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>A customer may pick this subject only while it and its service type are active.</summary>
    public bool IsSelectable => IsActive && ServiceType.IsActive;

    public void Rename(string name) => Name = Text.Required(name, NameMaxLength, nameof(name));

    public void Relabel(LocalizedText label) => Label = label;

    public void Reorder(int sortOrder) => SortOrder = sortOrder;

    /// <summary>New tickets of this subject go to <paramref name="department"/>; existing tickets keep theirs.</summary>
    public void RouteTo(Department department)
    {
        if (department.TenantId != TenantId)
        {
            throw new ArgumentException("A subject is routed to a department of its own tenant.", nameof(department));
        }

        BusinessRuleValidationException.ThrowIfBroken(new DepartmentMustBeActiveRule(department));

        DepartmentId = department.Id;
    }

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
