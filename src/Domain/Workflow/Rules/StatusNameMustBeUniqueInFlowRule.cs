using PosVendas.Domain.Common;

namespace PosVendas.Domain.Workflow.Rules;

public sealed class StatusNameMustBeUniqueInFlowRule(IReadOnlyCollection<TicketStatus> existing, string name, TicketStatus? except)
    : IBusinessRule
{
    public string Message => $"The flow already has a status named '{name.Trim()}'.";

    public IReadOnlyList<object> MessageArguments => [name.Trim()];

    public bool IsBroken() =>
        existing.Any(s => s != except && string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
