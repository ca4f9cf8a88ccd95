using PosVendas.Domain.Common;
using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.Tickets.Rules;

/// <summary>A closed ticket is finished: the customer opens a new ticket instead of replying.</summary>
public sealed class ClosedTicketTakesNoRepliesRule(TicketStatus currentStatus) : IBusinessRule
{
    public string Message => "This ticket is closed and takes no more replies. Please open a new ticket.";

    public bool IsBroken() => currentStatus.Category == StatusCategory.Closed;
}
