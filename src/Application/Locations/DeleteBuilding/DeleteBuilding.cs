using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations.Rules;

namespace PosVendas.Application.Locations.DeleteBuilding;

/// <summary>
/// Deletes a building registered by mistake, with its units, common areas and occupancies. One that tickets were
/// opened about is refused (409): deactivate it instead.
/// </summary>
public sealed record DeleteBuildingCommand(Guid Id) : ICommand;

internal sealed class DeleteBuildingHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<DeleteBuildingCommand>
{
    public async ValueTask<Unit> Handle(DeleteBuildingCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var building = await db.Buildings.SingleOrDefaultAsync(b => b.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.Building, command.Id);
        var hasTickets = await db.Tickets.AnyAsync(t => t.Location!.BuildingId == building.Id, cancellationToken);
        BusinessRuleValidationException.ThrowIfBroken(new LocationWithTicketsIsNotDeletedRule(building.Name, hasTickets));

        await db.Occupancies.Where(o => o.BuildingId == building.Id).ExecuteDeleteAsync(cancellationToken);
        await db.CommonAreas.Where(a => a.BuildingId == building.Id).ExecuteDeleteAsync(cancellationToken);
        // The units go through the context, not in bulk: each deleted unit is a unit.deleted to webhook partners, and
        // the save deletes them before their building.
        var units = await db.Units.Where(u => u.BuildingId == building.Id).ToListAsync(cancellationToken);
        units.ForEach(unit => unit.Delete(clock.GetUtcNow()));
        db.Units.RemoveRange(units);
        db.Buildings.Remove(building);
        return Unit.Value;
    }
}
