using PosVendas.Domain.Common;
using PosVendas.Domain.Locations.Rules;

namespace PosVendas.Domain.Locations;

/// <summary>
/// A unidade ("Apto 1203") in a building, with the date its keys were handed over. Its code is unique within its
/// building. A handover date in the future is allowed: buyers open tickets at the pre-delivery inspection too.
/// </summary>
public sealed class PropertyUnit : ITenantOwned
{
    public const int CodeMaxLength = 40;

    private PropertyUnit()
    {
        Code = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>The building's development, kept on the unit so lists and tickets filter by it without a join.</summary>
    public Guid DevelopmentId { get; private set; }

    public Guid BuildingId { get; private set; }

    public string Code { get; private set; }

    /// <summary>The entrega das chaves, when known: the start of most warranty terms.</summary>
    public DateOnly? HandoverDate { get; private set; }

    public string? ExternalId { get; private set; }

    public bool IsActive { get; private set; }

    public static PropertyUnit Create(Building building, string code, DateOnly? handoverDate, string? externalId)
    {
        BusinessRuleValidationException.ThrowIfBroken(new ParentLocationMustBeActiveRule(building.Name, building.IsActive));
        return new PropertyUnit
        {
            Id = Guid.CreateVersion7(),
            TenantId = building.TenantId,
            DevelopmentId = building.DevelopmentId,
            BuildingId = building.Id,
            Code = Text.Required(code, CodeMaxLength, nameof(code)),
            HandoverDate = handoverDate,
            ExternalId = ExternalIds.Optional(externalId),
            IsActive = true,
        };
    }

    public void Update(string code, DateOnly? handoverDate, string? externalId)
    {
        Code = Text.Required(code, CodeMaxLength, nameof(code));
        HandoverDate = handoverDate;
        ExternalId = ExternalIds.Optional(externalId) ?? ExternalId;
    }

    /// <summary>
    /// Moves the unit to another building (an ERP correcting its registry). The unit's tickets keep the location they
    /// were opened with.
    /// </summary>
    public void MoveTo(Building building)
    {
        BusinessRuleValidationException.ThrowIfBroken(new ParentLocationMustBeActiveRule(building.Name, building.IsActive));
        BuildingId = building.Id;
        DevelopmentId = building.DevelopmentId;
    }

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
