using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Locations.DeleteOccupancy;

/// <summary>Deletes an occupancy registered by mistake. To record that one ended, set its last day instead.</summary>
public sealed record DeleteOccupancyCommand(Guid Id) : ICommand;

internal sealed class DeleteOccupancyHandler(IApplicationDbContext db, ICurrentUser currentUser) : ICommandHandler<DeleteOccupancyCommand>
{
    public async ValueTask<Unit> Handle(DeleteOccupancyCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var occupancy = await db.Occupancies.SingleOrDefaultAsync(o => o.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.Occupancy, command.Id);
        db.Occupancies.Remove(occupancy);
        return Unit.Value;
    }
}
