using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations.Rules;

namespace PosVendas.Application.Locations.DeleteUnit;

/// <summary>Deletes a unit registered by mistake, with its occupancies; one that has tickets is refused (409).</summary>
public sealed record DeleteUnitCommand(Guid Id) : ICommand;

internal sealed class DeleteUnitHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<DeleteUnitCommand>
{
    public async ValueTask<Unit> Handle(DeleteUnitCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.Unit, command.Id);
        var hasTickets = await db.Tickets.AnyAsync(t => t.Location!.UnitId == unit.Id, cancellationToken);
        BusinessRuleValidationException.ThrowIfBroken(new LocationWithTicketsIsNotDeletedRule(unit.Code, hasTickets));

        await db.Occupancies.Where(o => o.UnitId == unit.Id).ExecuteDeleteAsync(cancellationToken);
        unit.Delete(clock.GetUtcNow());
        db.Units.Remove(unit);
        return Unit.Value;
    }
}
