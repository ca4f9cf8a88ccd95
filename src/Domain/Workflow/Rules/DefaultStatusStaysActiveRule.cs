using PosVendas.Domain.Common;

namespace PosVendas.Domain.Workflow.Rules;

/// <summary>Rules move tickets to a category's default, so the default cannot go away: make another one default first.</summary>
public sealed class DefaultStatusStaysActiveRule(TicketStatus status) : IBusinessRule
{
    public string Message => $"'{status.Name}' is the default of its category. Make another status the default first.";

    public IReadOnlyList<object> MessageArguments => [status.Name];

    public bool IsBroken() => status.IsDefault;
}
