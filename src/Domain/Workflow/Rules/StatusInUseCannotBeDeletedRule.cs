using PosVendas.Domain.Common;

namespace PosVendas.Domain.Workflow.Rules;

/// <summary>A status some ticket has, or had, is history: deactivate it instead of deleting it.</summary>
public sealed class StatusInUseCannotBeDeletedRule(bool isInUse) : IBusinessRule
{
    public string Message => "Tickets have or had this status, so it cannot be deleted. Deactivate it instead.";

    public bool IsBroken() => isInUse;
}
