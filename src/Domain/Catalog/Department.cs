using PosVendas.Domain.Common;

namespace PosVendas.Domain.Catalog;

/// <summary>The team a ticket is routed to (the "departamento responsável").</summary>
public sealed class Department : ITenantOwned
{
    public const int NameMaxLength = 120;

    private Department()
    {
        Name = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; }

    public bool IsActive { get; private set; }

    public static Department Create(Guid tenantId, string name) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        Name = Text.Required(name, NameMaxLength, nameof(name)),
        IsActive = true,
    };
}
