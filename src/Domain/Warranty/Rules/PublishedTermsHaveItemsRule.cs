using PosVendas.Domain.Common;

namespace PosVendas.Domain.Warranty.Rules;

/// <summary>A version is published with at least one item.</summary>
public sealed class PublishedTermsHaveItemsRule(int itemCount) : IBusinessRule
{
    public string Message => "A version without items cannot be published.";

    public IReadOnlyList<object> MessageArguments => [];

    public bool IsBroken() => itemCount == 0;
}
