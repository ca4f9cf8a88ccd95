using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations.Rules;

namespace PosVendas.Application.Locations.DeleteDevelopment;

/// <summary>
/// Deletes a development registered by mistake, with its buildings, units, common areas and occupancies. One that
/// tickets were opened about is refused (409): deactivate it instead.
/// </summary>
public sealed record DeleteDevelopmentCommand(Guid Id) : ICommand;

internal sealed class DeleteDevelopmentHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<DeleteDevelopmentCommand>
{
    public async ValueTask<Unit> Handle(DeleteDevelopmentCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var development = await db.Developments.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.Development, command.Id);
        var hasTickets = await db.Tickets.AnyAsync(t => t.Location!.DevelopmentId == development.Id, cancellationToken);
        BusinessRuleValidationException.ThrowIfBroken(new LocationWithTicketsIsNotDeletedRule(development.Name, hasTickets));

        await db.Occupancies.Where(o => o.DevelopmentId == development.Id).ExecuteDeleteAsync(cancellationToken);
        await db.CommonAreas.Where(a => a.DevelopmentId == development.Id).ExecuteDeleteAsync(cancellationToken);
        // The units and buildings go through the context, not in bulk: each deleted unit is a unit.deleted to webhook
        // partners, and the save deletes units, then buildings, then the development.
        var units = await db.Units.Where(u => u.DevelopmentId == development.Id).ToListAsync(cancellationToken);
        units.ForEach(unit => unit.Delete(clock.GetUtcNow()));
        db.Units.RemoveRange(units);
        db.Buildings.RemoveRange(await db.Buildings.Where(b => b.DevelopmentId == development.Id).ToListAsync(cancellationToken));
        db.Developments.Remove(development);
        return Unit.Value;
    }
}
