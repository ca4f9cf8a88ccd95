using PosVendas.Domain.Common;

namespace PosVendas.Domain.Catalog;

/// <summary>An "Assunto" under a service type, routed to the department that answers it.</summary>
public sealed class Subject : ITenantOwned
{
    public const int NameMaxLength = 120;

    private Subject()
    {
        Name = null!;
        ServiceType = null!;
    }

    internal Subject(ServiceType serviceType, string name, Guid departmentId, int sortOrder)
    {
        Id = Guid.CreateVersion7();
        TenantId = serviceType.TenantId;
        ServiceTypeId = serviceType.Id;
        ServiceType = serviceType;
        Name = Text.Required(name, NameMaxLength, nameof(name));
        DepartmentId = departmentId;
        SortOrder = sortOrder;
        IsActive = true;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid ServiceTypeId { get; private set; }

    public ServiceType ServiceType { get; private set; }

    public string Name { get; private set; }

    public Guid DepartmentId { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>A customer may pick this subject only while it and its service type are active.</summary>
    public bool IsSelectable => IsActive && ServiceType.IsActive;

    public void Deactivate() => IsActive = false;
}
