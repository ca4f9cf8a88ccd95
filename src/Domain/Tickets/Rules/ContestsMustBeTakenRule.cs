using PosVendas.Domain.Common;

namespace PosVendas.Domain.Tickets.Rules;

/// <summary>A company that set no days to contest (0) takes contests outside PosVendas.</summary>
public sealed class ContestsMustBeTakenRule(int contestDays) : IBusinessRule
{
    public string Message => "This company takes no contests of assessments here; contact it directly.";

    public bool IsBroken() => contestDays <= 0;
}
