using PosVendas.Domain.Common;
using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.Tickets.Rules;

/// <summary>A customer confirms a ticket staff consider solved; any other ticket has nothing to confirm yet.</summary>
public sealed class OnlySolvedTicketsAreConfirmedRule(TicketStatus currentStatus) : IBusinessRule
{
    public string Message => "Only a ticket the team marked as solved can be confirmed. Reply to it instead.";

    public bool IsBroken() => !StatusTransitions.CustomerMayConfirm(currentStatus);
}
