using PosVendas.Domain.Common;

namespace PosVendas.Domain.Locations.Rules;

/// <summary>Nothing new goes under a development or building that was deactivated.</summary>
public sealed class ParentLocationMustBeActiveRule(string parentName, bool parentIsActive) : IBusinessRule
{
    public string Message => $"'{parentName}' is inactive; reactivate it before adding to it.";

    public IReadOnlyList<object> MessageArguments => [parentName];

    public bool IsBroken() => !parentIsActive;
}
