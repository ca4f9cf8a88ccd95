using PosVendas.Domain.Common;

namespace PosVendas.Domain.Locations.Rules;

/// <summary>
/// What identifies a place is not shared: a development's code and every external id within the tenant, a building's
/// name within its development, a unit's code within its building, a common area's name where it is.
/// </summary>
public sealed class LocationKeyMustBeUniqueRule(string value, bool valueIsTaken) : IBusinessRule
{
    public string Message => $"'{value}' is already used by another place of this level.";

    public IReadOnlyList<object> MessageArguments => [value];

    public bool IsBroken() => valueIsTaken;
}
