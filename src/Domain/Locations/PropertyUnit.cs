using PosVendas.Domain.Common;
using PosVendas.Domain.Locations.Events;
using PosVendas.Domain.Locations.Rules;

namespace PosVendas.Domain.Locations;

/// <summary>
/// A unidade ("Apto 1203") in a building, with the date its keys were handed over. Its code is unique within its
/// building. A handover date in the future is allowed: buyers open tickets at the pre-delivery inspection too.
/// </summary>
public sealed class PropertyUnit : ITenantOwned, IHasDomainEvents
{
    public const int CodeMaxLength = 40;

    private readonly List<IDomainEvent> _domainEvents = [];

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

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    public void ClearDomainEvents() => _domainEvents.Clear();

    public static PropertyUnit Create(Building building, string code, DateOnly? handoverDate, string? externalId, DateTimeOffset now)
    {
        BusinessRuleValidationException.ThrowIfBroken(new ParentLocationMustBeActiveRule(building.Name, building.IsActive));
        var unit = new PropertyUnit
        {
            Id = Guid.CreateVersion7(now),
            TenantId = building.TenantId,
            DevelopmentId = building.DevelopmentId,
            BuildingId = building.Id,
            Code = Text.Required(code, CodeMaxLength, nameof(code)),
            HandoverDate = handoverDate,
            ExternalId = ExternalIds.Optional(externalId),
            IsActive = true,
        };
        unit._domainEvents.Add(new UnitRegisteredEvent(unit.TenantId, unit.Id, unit.ExternalId, now));
        return unit;
    }

    public void Update(string code, DateOnly? handoverDate, string? externalId, DateTimeOffset now)
    {
        var (previousCode, previousHandover, previousExternalId) = (Code, HandoverDate, ExternalId);
        Code = Text.Required(code, CodeMaxLength, nameof(code));
        HandoverDate = handoverDate;
        ExternalId = ExternalIds.Optional(externalId) ?? ExternalId;
        if (Code != previousCode || HandoverDate != previousHandover || ExternalId != previousExternalId)
        {
            Changed(now);
        }
    }

    /// <summary>
    /// Moves the unit to another building (an ERP correcting its registry). The unit's tickets keep the location they
    /// were opened with.
    /// </summary>
    public void MoveTo(Building building, DateTimeOffset now)
    {
        BusinessRuleValidationException.ThrowIfBroken(new ParentLocationMustBeActiveRule(building.Name, building.IsActive));
        if (building.Id == BuildingId)
        {
            return;
        }

        BuildingId = building.Id;
        DevelopmentId = building.DevelopmentId;
        Changed(now);
    }

    public void Deactivate(DateTimeOffset now)
    {
        if (IsActive)
        {
            IsActive = false;
            Changed(now);
        }
    }

    public void Reactivate(DateTimeOffset now)
    {
        if (!IsActive)
        {
            IsActive = true;
            Changed(now);
        }
    }

    /// <summary>Records that the unit is being deleted; the caller removes it (and refuses to if it has tickets).</summary>
    public void Delete(DateTimeOffset now) => _domainEvents.Add(new UnitDeletedEvent(TenantId, Id, ExternalId, now));

    /// <summary>One change event per change set: partners read the unit again, whatever changed and how often.</summary>
    private void Changed(DateTimeOffset now)
    {
        if (!_domainEvents.Exists(e => e is UnitRegisteredEvent or UnitChangedEvent))
        {
            _domainEvents.Add(new UnitChangedEvent(TenantId, Id, ExternalId, now));
        }
    }
}
