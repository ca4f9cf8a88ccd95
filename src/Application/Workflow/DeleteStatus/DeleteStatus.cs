using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;

namespace PosVendas.Application.Workflow.DeleteStatus;

/// <summary>Deletes a status no ticket has or ever had; anything else is deactivated instead.</summary>
public sealed record DeleteStatusCommand(Guid Id) : ICommand<Unit>;

internal sealed class DeleteStatusHandler(IApplicationDbContext db, ICurrentUser currentUser, StatusFlows flows)
    : ICommandHandler<DeleteStatusCommand, Unit>
{
    public async ValueTask<Unit> Handle(DeleteStatusCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var (flow, status) = await flows.ForStatusAsync(command.Id, cancellationToken);

        var isInUse = await db.Tickets.AnyAsync(t => t.StatusId == status.Id, cancellationToken)
            || await db.TicketStatusChanges.AnyAsync(c => c.FromStatusId == status.Id || c.ToStatusId == status.Id, cancellationToken);
        flow.Remove(status, isInUse);
        db.TicketStatuses.Remove(status);
        return Unit.Value;
    }
}
