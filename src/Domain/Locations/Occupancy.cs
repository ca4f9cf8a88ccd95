using PosVendas.Domain.Common;
using PosVendas.Domain.Locations.Rules;

namespace PosVendas.Domain.Locations;

/// <summary>
/// A person linked to a place for a time: an owner, co-owner or resident of a unit, or the síndico of a development or
/// building. The person is named by their token subject within the tenant, or by e-mail until their first sign-in,
/// when the subject is bound (<see cref="BindSubject"/>). A person may hold several occupancies.
/// </summary>
public sealed class Occupancy : ITenantOwned
{
    public const int EmailMaxLength = 320;
    public const int SubjectMaxLength = 200;

    private Occupancy()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public OccupancyRole Role { get; private set; }

    /// <summary>The development the place is in (for a unit, its building's): what lists filter by.</summary>
    public Guid DevelopmentId { get; private set; }

    /// <summary>The building: a unit's, or the one a síndico is of; null for a síndico of the whole development.</summary>
    public Guid? BuildingId { get; private set; }

    /// <summary>The unit, for owners, co-owners and residents; null for a síndico.</summary>
    public Guid? UnitId { get; private set; }

    /// <summary>The identity provider's subject of the person, once known.</summary>
    public string? Subject { get; private set; }

    /// <summary>The person's e-mail, as the builder registered it; matched to the token's until a subject is bound.</summary>
    public string? Email { get; private set; }

    /// <summary>The first day of the occupancy.</summary>
    public DateOnly From { get; private set; }

    /// <summary>The last day, or null while it lasts.</summary>
    public DateOnly? To { get; private set; }

    /// <summary>An owner, co-owner or resident of <paramref name="unit"/>.</summary>
    public static Occupancy OfUnit(PropertyUnit unit, OccupancyRole role, string? subject, string? email, DateOnly from, DateOnly? to)
    {
        if (role == OccupancyRole.Syndic)
        {
            throw new ArgumentException("A síndico is of a development or building, not of a unit.", nameof(role));
        }

        BusinessRuleValidationException.ThrowIfBroken(new ParentLocationMustBeActiveRule(unit.Code, unit.IsActive));
        return New(unit.TenantId, role, unit.DevelopmentId, unit.BuildingId, unit.Id, subject, email, from, to);
    }

    /// <summary>The síndico of <paramref name="development"/>, or of one of its buildings.</summary>
    public static Occupancy OfSyndic(Development development, Building? building, string? subject, string? email, DateOnly from, DateOnly? to)
    {
        if (building is not null && building.DevelopmentId != development.Id)
        {
            throw new ArgumentException("The building is not in the development.", nameof(building));
        }

        BusinessRuleValidationException.ThrowIfBroken(new ParentLocationMustBeActiveRule(development.Name, development.IsActive));
        return New(development.TenantId, OccupancyRole.Syndic, development.Id, building?.Id, null, subject, email, from, to);
    }

    /// <summary>Whether the occupancy holds on <paramref name="day"/>: from its first day to its last, both included.</summary>
    public bool IsCurrentOn(DateOnly day) => From <= day && (To is null || day <= To);

    /// <summary>Whether the occupancy names the caller: by subject, or by e-mail while no subject is bound.</summary>
    public bool Names(string subject, string email) =>
        Subject is not null
            ? string.Equals(Subject, subject, StringComparison.Ordinal)
            : string.Equals(Email, email, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Binds the subject of the person who signed in with the registered e-mail; from then on the occupancy follows
    /// the subject, whatever e-mail the token later carries.
    /// </summary>
    public void BindSubject(string subject) => Subject ??= Text.Required(subject, SubjectMaxLength, nameof(subject));

    /// <summary>Sets the last day. The person keeps their own tickets; the unit's shared ones leave their view.</summary>
    public void End(DateOnly lastDay)
    {
        BusinessRuleValidationException.ThrowIfBroken(new OccupancyMustEndAfterItStartsRule(From, lastDay));
        To = lastDay;
    }

    private static Occupancy New(
        Guid tenantId, OccupancyRole role, Guid developmentId, Guid? buildingId, Guid? unitId, string? subject, string? email, DateOnly from, DateOnly? to)
    {
        var occupancy = new Occupancy
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Role = role,
            DevelopmentId = developmentId,
            BuildingId = buildingId,
            UnitId = unitId,
            Subject = Text.Optional(subject, SubjectMaxLength, nameof(subject)),
            Email = Text.Optional(email, EmailMaxLength, nameof(email))?.ToLowerInvariant(),
            From = from,
        };
        if (occupancy.Subject is null && occupancy.Email is null)
        {
            throw new ArgumentException("A person is named by subject or e-mail.", nameof(subject));
        }

        if (to is { } lastDay)
        {
            occupancy.End(lastDay);
        }

        return occupancy;
    }
}
