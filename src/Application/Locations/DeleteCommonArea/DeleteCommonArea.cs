using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations.Rules;

namespace PosVendas.Application.Locations.DeleteCommonArea;

/// <summary>Deletes a common area registered by mistake; one that has tickets is refused (409).</summary>
public sealed record DeleteCommonAreaCommand(Guid Id) : ICommand;

internal sealed class DeleteCommonAreaHandler(IApplicationDbContext db, ICurrentUser currentUser) : ICommandHandler<DeleteCommonAreaCommand>
{
    public async ValueTask<Unit> Handle(DeleteCommonAreaCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var area = await db.CommonAreas.SingleOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.CommonArea, command.Id);
        var hasTickets = await db.Tickets.AnyAsync(t => t.Location!.CommonAreaId == area.Id, cancellationToken);
        BusinessRuleValidationException.ThrowIfBroken(new LocationWithTicketsIsNotDeletedRule(area.Name, hasTickets));
        db.CommonAreas.Remove(area);
        return Unit.Value;
    }
}
