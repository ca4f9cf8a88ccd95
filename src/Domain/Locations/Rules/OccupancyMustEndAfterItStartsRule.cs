using PosVendas.Domain.Common;

namespace PosVendas.Domain.Locations.Rules;

/// <summary>An occupancy's last day is not before its first.</summary>
public sealed class OccupancyMustEndAfterItStartsRule(DateOnly from, DateOnly to) : IBusinessRule
{
    public string Message => $"The occupancy starts on {from:yyyy-MM-dd}; it cannot end on {to:yyyy-MM-dd}.";

    public IReadOnlyList<object> MessageArguments => [from, to];

    public bool IsBroken() => to < from;
}
