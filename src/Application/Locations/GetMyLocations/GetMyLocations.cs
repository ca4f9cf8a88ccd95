using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Data;
using PosVendas.Domain.Locations;

namespace PosVendas.Application.Locations.GetMyLocations;

/// <summary>
/// The units and common areas the caller may open tickets about today, with their development and building: what the
/// portal offers in "Unidade ou Área comum". Inactive places are left out.
/// </summary>
public sealed record GetMyLocationsQuery : IQuery<MyLocationsResponse>;

/// <param name="Units">The caller's units, with how they hold each.</param>
/// <param name="CommonAreas">The common areas the caller may report about.</param>
public sealed record MyLocationsResponse(IReadOnlyList<MyUnitDto> Units, IReadOnlyList<MyCommonAreaDto> CommonAreas);

public sealed record MyUnitDto(Guid Id, string Code, OccupancyRole Role, NamedReference Building, NamedReference Development);

public sealed record MyCommonAreaDto(Guid Id, string Name, NamedReference? Building, NamedReference Development);

internal sealed class GetMyLocationsHandler(IApplicationDbContext db, CallerPlaces places) : IQueryHandler<GetMyLocationsQuery, MyLocationsResponse>
{
    public async ValueTask<MyLocationsResponse> Handle(GetMyLocationsQuery query, CancellationToken cancellationToken)
    {
        var occupancies = await places.CurrentOccupanciesAsync(cancellationToken);
        if (occupancies.Count == 0)
        {
            return new MyLocationsResponse([], []);
        }

        var unitIds = occupancies.Where(o => o.UnitId is not null).Select(o => o.UnitId!.Value).Distinct().ToList();
        var developmentIds = occupancies.Select(o => o.DevelopmentId).Distinct().ToList();
        var developments = await db.Developments.AsNoTracking()
            .Where(d => developmentIds.Contains(d.Id) && d.IsActive)
            .ToDictionaryAsync(d => d.Id, d => new NamedReference(d.Id, d.Name), cancellationToken);
        var buildings = await db.Buildings.AsNoTracking()
            .Where(b => developmentIds.Contains(b.DevelopmentId) && b.IsActive)
            .ToDictionaryAsync(b => b.Id, b => new NamedReference(b.Id, b.Name), cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id) && u.IsActive).ToListAsync(cancellationToken);
        var areas = await db.CommonAreas.AsNoTracking()
            .Where(a => developmentIds.Contains(a.DevelopmentId) && a.IsActive)
            .OrderBy(a => a.Name)
            .ToListAsync(cancellationToken);

        var myUnits = units
            .Where(u => developments.ContainsKey(u.DevelopmentId) && buildings.ContainsKey(u.BuildingId))
            .Select(u => new MyUnitDto(
                u.Id, u.Code, occupancies.First(o => o.UnitId == u.Id).Role, buildings[u.BuildingId], developments[u.DevelopmentId]))
            .OrderBy(u => u.Development.Name).ThenBy(u => u.Building.Name).ThenBy(u => u.Code)
            .ToList();
        var myAreas = areas
            .Where(a => developments.ContainsKey(a.DevelopmentId) && (a.BuildingId is null || buildings.ContainsKey(a.BuildingId.Value)))
            .Where(a => CallerPlaces.Reach(occupancies, a))
            .Select(a => new MyCommonAreaDto(a.Id, a.Name, a.BuildingId is { } b ? buildings[b] : null, developments[a.DevelopmentId]))
            .ToList();
        return new MyLocationsResponse(myUnits, myAreas);
    }
}
