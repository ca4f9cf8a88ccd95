using PosVendas.Domain.Common;

namespace PosVendas.Domain.Tickets.Rules;

/// <summary>An assessment is contested until its last day, counted in the tenant's time zone, and not after.</summary>
public sealed class ContestWindowMustBeOpenRule(DateOnly lastDay, DateOnly today) : IBusinessRule
{
    public string Message => $"The time to contest this assessment ended on {lastDay:yyyy-MM-dd}.";

    public IReadOnlyList<object> MessageArguments => [lastDay];

    public bool IsBroken() => today > lastDay;
}
