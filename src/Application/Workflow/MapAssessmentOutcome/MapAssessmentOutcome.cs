using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Domain.Warranty;

namespace PosVendas.Application.Workflow.MapAssessmentOutcome;

/// <summary>
/// Makes a status where an assessment with the outcome moves the tickets of its flow, instead of the status that had
/// that outcome; a null outcome clears the status's. A flow without a status for an outcome leaves its tickets where a
/// public answer would.
/// </summary>
public sealed record MapAssessmentOutcomeCommand(Guid StatusId, AssessmentOutcome? Outcome) : ICommand<StatusAdminDto>;

internal sealed class MapAssessmentOutcomeHandler(ICurrentUser currentUser, IStatusFlows flows)
    : ICommandHandler<MapAssessmentOutcomeCommand, StatusAdminDto>
{
    public async ValueTask<StatusAdminDto> Handle(MapAssessmentOutcomeCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var (flow, status) = await flows.ForStatusAsync(command.StatusId, cancellationToken);
        flow.MapAssessmentOutcome(status, command.Outcome);
        return StatusAdminDto.From(status);
    }
}
