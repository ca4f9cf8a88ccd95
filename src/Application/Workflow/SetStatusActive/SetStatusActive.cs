using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;

namespace PosVendas.Application.Workflow.SetStatusActive;

/// <summary>Deactivates a status (no longer assignable; tickets keep it) or reactivates it.</summary>
public sealed record SetStatusActiveCommand(Guid Id, bool Active) : ICommand<StatusAdminDto>;

internal sealed class SetStatusActiveHandler(ICurrentUser currentUser, IStatusFlows flows)
    : ICommandHandler<SetStatusActiveCommand, StatusAdminDto>
{
    public async ValueTask<StatusAdminDto> Handle(SetStatusActiveCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var (flow, status) = await flows.ForStatusAsync(command.Id, cancellationToken);

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
