using PosVendas.Domain.Common;
using PosVendas.Domain.Locations.Rules;

namespace PosVendas.Domain.Locations;

/// <summary>An área comum ("Piscina", "Salão de festas") of a development, or of one of its buildings.</summary>
public sealed class CommonArea : ITenantOwned
{
    public const int NameMaxLength = 120;

    private CommonArea()
    {
        Name = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid DevelopmentId { get; private set; }

    /// <summary>The building it belongs to; null for an area of the whole development.</summary>
    public Guid? BuildingId { get; private set; }

    public string Name { get; private set; }

    public bool IsActive { get; private set; }

    public static CommonArea OfDevelopment(Development development, string name)
    {
        BusinessRuleValidationException.ThrowIfBroken(new ParentLocationMustBeActiveRule(development.Name, development.IsActive));
        return New(development.TenantId, development.Id, null, name);
    }

    public static CommonArea OfBuilding(Building building, string name)
    {
        BusinessRuleValidationException.ThrowIfBroken(new ParentLocationMustBeActiveRule(building.Name, building.IsActive));
        return New(building.TenantId, building.DevelopmentId, building.Id, name);
    }

    public void Rename(string name) => Name = Text.Required(name, NameMaxLength, nameof(name));

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;

    private static CommonArea New(Guid tenantId, Guid developmentId, Guid? buildingId, string name) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        DevelopmentId = developmentId,
        BuildingId = buildingId,
        Name = Text.Required(name, NameMaxLength, nameof(name)),
        IsActive = true,
    };
}
