using PosVendas.Domain.Catalog.Rules;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations;

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
        Location = SubjectLocation.Either;
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

    /// <summary>Whether a ticket of this subject must say where the problem is.</summary>
    public bool LocationRequired { get; private set; }

    /// <summary>The places its tickets may be about.</summary>
    public SubjectLocation Location { get; private set; }

    /// <summary>A customer may pick this subject only while it and its service type are active.</summary>
    public bool IsSelectable => IsActive && ServiceType.IsActive;

    /// <summary>
    /// The warranty item requests of this subject are about ("impermeabilizacao" for Infiltrações), by its key: found
    /// in whichever terms the unit's development is pinned to. Null when the subject is not about a warranty.
    /// </summary>
    public string? WarrantyItemKey { get; private set; }

    /// <summary>Maps the subject to a warranty item's key, or unmaps it with null.</summary>
    public void MapToWarrantyItem(string? itemKey)
    {
        if (itemKey is not null && !Warranty.WarrantyItem.IsKey(itemKey))
        {
            throw new ArgumentException("An item key is lower-case letters, digits, '-' and '_'.", nameof(itemKey));
        }

        WarrantyItemKey = itemKey;
    }

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

    /// <summary>What new tickets of this subject must say about where the problem is.</summary>
    public void AskForLocation(bool required, SubjectLocation location)
    {
        LocationRequired = required;
        Location = location;
    }

    /// <summary>Whether a ticket of this subject may be about <paramref name="kind"/>.</summary>
    public bool Accepts(LocationKind kind) => Location switch
    {
        SubjectLocation.Units => kind is LocationKind.Unit or LocationKind.Description,
        SubjectLocation.CommonAreas => kind is LocationKind.CommonArea,
        _ => true,
    };

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
