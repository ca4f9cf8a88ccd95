using PosVendas.Domain.Common;
using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.Tickets.Rules;

/// <summary>A ticket moves only to an active status of its own tenant; deactivated ones stay on old tickets only.</summary>
public sealed class StatusMustBeAssignableRule(TicketStatus? status, Guid tenantId) : IBusinessRule
{
    public string Name => "StatusMustBeAssignable";

    public string Message => "That status cannot be assigned: it does not exist in this company or is no longer active.";

    public bool IsBroken() => status is null || status.TenantId != tenantId || !status.IsActive;
}
