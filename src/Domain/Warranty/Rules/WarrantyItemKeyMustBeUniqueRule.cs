using PosVendas.Domain.Common;

namespace PosVendas.Domain.Warranty.Rules;

/// <summary>Within a version, each item has its own key: a subject mapped to a key finds one item.</summary>
public sealed class WarrantyItemKeyMustBeUniqueRule(string? repeatedKey) : IBusinessRule
{
    public string Message => $"The key '{repeatedKey}' is given to more than one item.";

    public IReadOnlyList<object> MessageArguments => [repeatedKey ?? string.Empty];

    public bool IsBroken() => repeatedKey is not null;
}
