using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Workflow.DeleteStatus;

/// <summary>Deletes a status no ticket has or ever had; anything else is deactivated instead.</summary>
public sealed record DeleteStatusCommand(Guid Id) : ICommand<Unit>;

internal sealed class DeleteStatusHandler(IApplicationDbContext db, ICurrentUser currentUser, IStatusFlows flows, IStatusUsage usage)
    : ICommandHandler<DeleteStatusCommand, Unit>
{
    public async ValueTask<Unit> Handle(DeleteStatusCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var (flow, status) = await flows.ForStatusAsync(command.Id, cancellationToken);

        flow.Remove(status, await usage.IsInUseAsync(status.Id, cancellationToken));
        db.TicketStatuses.Remove(status);
        return Unit.Value;
    }
}
