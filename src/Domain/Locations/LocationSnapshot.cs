using PosVendas.Domain.Common;

namespace PosVendas.Domain.Locations;

/// <summary>
/// Where a ticket's problem is, as the registry named it when the ticket was opened: the ticket keeps these names and
/// codes whatever later happens to the registry (a renamed tower, a unit moved by the ERP). Ids are kept too, for the
/// staff queue's filters and for visibility to the unit's co-owners.
/// </summary>
public sealed record LocationSnapshot
{
    public const int DescriptionMaxLength = 300;

    private LocationSnapshot()
    {
    }

    public LocationKind Kind { get; private init; }

    public Guid? DevelopmentId { get; private init; }

    public Guid? BuildingId { get; private init; }

    public Guid? UnitId { get; private init; }

    public Guid? CommonAreaId { get; private init; }

    public string? DevelopmentName { get; private init; }

    public string? BuildingName { get; private init; }

    public string? UnitCode { get; private init; }

    public string? CommonAreaName { get; private init; }

    /// <summary>The customer's words, for a place not in the registry.</summary>
    public string? Description { get; private init; }

    /// <summary>
    /// The place in one line, from the development down ("Residencial Parque, Torre A, Apto 1203"), or the customer's
    /// words: how e-mails name it.
    /// </summary>
    public string Line => Kind == LocationKind.Description
        ? Description!
        : string.Join(", ", new[] { DevelopmentName, BuildingName, UnitCode, CommonAreaName }.Where(part => part is not null));

    public static LocationSnapshot OfUnit(Development development, Building building, PropertyUnit unit)
    {
        if (unit.BuildingId != building.Id || building.DevelopmentId != development.Id)
        {
            throw new ArgumentException("The unit is not in that building and development.", nameof(unit));
        }

        return new LocationSnapshot
        {
            Kind = LocationKind.Unit,
            DevelopmentId = development.Id,
            BuildingId = building.Id,
            UnitId = unit.Id,
            DevelopmentName = development.Name,
            BuildingName = building.Name,
            UnitCode = unit.Code,
        };
    }

    public static LocationSnapshot OfCommonArea(Development development, Building? building, CommonArea area)
    {
        if (area.DevelopmentId != development.Id || area.BuildingId != building?.Id)
        {
            throw new ArgumentException("The common area is not in that development and building.", nameof(area));
        }

        return new LocationSnapshot
        {
            Kind = LocationKind.CommonArea,
            DevelopmentId = development.Id,
            BuildingId = building?.Id,
            CommonAreaId = area.Id,
            DevelopmentName = development.Name,
            BuildingName = building?.Name,
            CommonAreaName = area.Name,
        };
    }

    public static LocationSnapshot Described(string description) => new()
    {
        Kind = LocationKind.Description,
        Description = Text.Required(description, DescriptionMaxLength, nameof(description)),
    };
}
