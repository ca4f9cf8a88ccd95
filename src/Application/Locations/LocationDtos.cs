using PosVendas.Domain.Locations;

namespace PosVendas.Application.Locations;

/// <summary>An empreendimento as admins manage it.</summary>
public sealed record DevelopmentDto(
    Guid Id, string Name, string Code, string? Address, DateOnly? HabiteSeDate, string? ExternalId, bool Active, Guid? WarrantyTermsId = null)
{
    public static DevelopmentDto From(Development d) =>
        new(d.Id, d.Name, d.Code, d.Address, d.HabiteSeDate, d.ExternalId, d.IsActive, d.WarrantyTermsId);
}

/// <summary>A torre or bloco.</summary>
public sealed record BuildingDto(Guid Id, Guid DevelopmentId, string Name, string? ExternalId, bool Active)
{
    public static BuildingDto From(Building b) => new(b.Id, b.DevelopmentId, b.Name, b.ExternalId, b.IsActive);
}

/// <summary>A unidade.</summary>
public sealed record UnitDto(Guid Id, Guid DevelopmentId, Guid BuildingId, string Code, DateOnly? HandoverDate, string? ExternalId, bool Active)
{
    public static UnitDto From(PropertyUnit u) => new(u.Id, u.DevelopmentId, u.BuildingId, u.Code, u.HandoverDate, u.ExternalId, u.IsActive);
}

/// <summary>An área comum; <c>buildingId</c> is null for an area of the whole development.</summary>
public sealed record CommonAreaDto(Guid Id, Guid DevelopmentId, Guid? BuildingId, string Name, bool Active)
{
    public static CommonAreaDto From(CommonArea a) => new(a.Id, a.DevelopmentId, a.BuildingId, a.Name, a.IsActive);
}

/// <summary>A person's link to a unit, or a síndico's to a development or building.</summary>
public sealed record OccupancyDto(
    Guid Id, OccupancyRole Role, Guid DevelopmentId, Guid? BuildingId, Guid? UnitId, string? Subject, string? Email, DateOnly From, DateOnly? To)
{
    public static OccupancyDto Of(Occupancy o) => new(o.Id, o.Role, o.DevelopmentId, o.BuildingId, o.UnitId, o.Subject, o.Email, o.From, o.To);
}

/// <summary>A page of a keyset list: <c>nextCursor</c> is null on the last page.</summary>
public sealed record LocationPage<T>(IReadOnlyList<T> Items, string? NextCursor);
