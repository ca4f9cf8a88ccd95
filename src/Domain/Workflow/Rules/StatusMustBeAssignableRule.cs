using PosVendas.Domain.Common;

namespace PosVendas.Domain.Workflow.Rules;

/// <summary>
/// A ticket moves only to an active status of its own flow; deactivated ones stay on old tickets only.
/// </summary>
public sealed class StatusMustBeAssignableRule(TicketStatus? status, StatusFlow flow) : IBusinessRule
{
    public string Message => "That status cannot be assigned: it is not part of this ticket's flow or is no longer active.";

    public bool IsBroken() => status is null || !flow.Includes(status) || !status.IsActive;
}
