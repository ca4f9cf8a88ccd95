using PosVendas.Domain.Common;

namespace PosVendas.Domain.Workflow.Rules;

/// <summary>New tickets need somewhere to start: a flow's first status is its initial one (New, default).</summary>
public sealed class FlowStartsWithAnInitialStatusRule(IReadOnlyCollection<TicketStatus> existing, StatusCategory category, bool isDefault)
    : IBusinessRule
{
    public string Message => "A flow's first status must be its initial status: category 'new', marked as default.";

    public bool IsBroken() => existing.Count == 0 && (category != StatusCategory.New || !isDefault);
}
