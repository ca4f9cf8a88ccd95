using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;

namespace PosVendas.Application.Workflow.SetStatusActive;

/// <summary>Deactivates a status (no longer assignable; tickets keep it) or reactivates it.</summary>
public sealed record SetStatusActiveCommand(Guid Id, bool Active) : ICommand<StatusAdminDto>;

internal sealed class SetStatusActiveHandler(IApplicationDbContext db, ICurrentUser currentUser, StatusFlows flows)
    : ICommandHandler<SetStatusActiveCommand, StatusAdminDto>
{
    public async ValueTask<StatusAdminDto> Handle(SetStatusActiveCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var scope = await db.TicketStatuses
            .Where(s => s.Id == command.Id)
            .Select(s => new { s.ServiceTypeId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Status", command.Id);
        var flow = await flows.ExactlyAsync(scope.ServiceTypeId, cancellationToken);
        var status = flow.Statuses.Single(s => s.Id == command.Id);

        if (command.Active)
        {
            flow.Reactivate(status);
        }
        else
        {
            flow.Deactivate(status);
        }

        return StatusAdminDto.From(status);
    }
}
