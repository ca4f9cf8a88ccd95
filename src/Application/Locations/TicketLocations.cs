using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Data;
using PosVendas.Domain.Locations;

namespace PosVendas.Application.Locations;

/// <summary>Where a new ticket's problem is, as the customer says it: exactly one of the three.</summary>
/// <param name="UnitId">One of the caller's units (GET /api/v1/me/locations).</param>
/// <param name="CommonAreaId">One of the common areas the caller may report about.</param>
/// <param name="Description">Free text, when the caller's unit is not registered.</param>
public sealed record LocationInput(Guid? UnitId, Guid? CommonAreaId, string? Description);

internal sealed class LocationInputValidator : AbstractValidator<LocationInput>
{
    public LocationInputValidator()
    {
        RuleFor(l => l)
            .Must(l => (l.UnitId is not null ? 1 : 0) + (l.CommonAreaId is not null ? 1 : 0) + (string.IsNullOrWhiteSpace(l.Description) ? 0 : 1) == 1)
            .WithMessage("Give exactly one of unitId, commonAreaId or description.")
            .OverridePropertyName("location");
        RuleFor(l => l.Description).MaximumLength(LocationSnapshot.DescriptionMaxLength);
    }
}

/// <summary>
/// Turns what the customer said into the ticket's location snapshot, only among the places they may report about
/// (<see cref="CallerPlaces"/>): any other unit or common area, of their tenant or not, is 404 like a missing one.
/// </summary>
internal sealed class TicketLocations(IApplicationDbContext db, CallerPlaces places)
{
    public async Task<LocationSnapshot> ResolveAsync(LocationInput input, CancellationToken cancellationToken)
    {
        if (input.UnitId is { } unitId)
        {
            var occupancies = await places.CurrentOccupanciesAsync(cancellationToken);
            var unit = occupancies.Any(o => o.UnitId == unitId)
                ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.IsActive, cancellationToken)
                : null;
            if (unit is null)
            {
                throw new NotFoundException(Resource.Unit, unitId);
            }

            var building = await db.Buildings.AsNoTracking().SingleAsync(b => b.Id == unit.BuildingId, cancellationToken);
            var development = await db.Developments.AsNoTracking().SingleAsync(d => d.Id == unit.DevelopmentId, cancellationToken);
            return LocationSnapshot.OfUnit(development, building, unit);
        }

        if (input.CommonAreaId is { } areaId)
        {
            var area = await db.CommonAreas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == areaId && a.IsActive, cancellationToken);
            if (area is null || !CallerPlaces.Reach(await places.CurrentOccupanciesAsync(cancellationToken), area))
            {
                throw new NotFoundException(Resource.CommonArea, areaId);
            }

            var development = await db.Developments.AsNoTracking().SingleAsync(d => d.Id == area.DevelopmentId, cancellationToken);
            var building = area.BuildingId is { } buildingId
                ? await db.Buildings.AsNoTracking().SingleAsync(b => b.Id == buildingId, cancellationToken)
                : null;
            return LocationSnapshot.OfCommonArea(development, building, area);
        }

        return LocationSnapshot.Described(input.Description!);
    }
}
