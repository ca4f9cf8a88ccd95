using PosVendas.Domain.Common;

namespace PosVendas.Domain.Warranty.Rules;

/// <summary>A development is pinned only to published terms: a draft may still change.</summary>
public sealed class OnlyPublishedTermsArePinnedRule(int number, bool isPublished) : IBusinessRule
{
    public string Message => $"Version {number} is a draft; publish it before pinning a development to it.";

    public IReadOnlyList<object> MessageArguments => [number];

    public bool IsBroken() => !isPublished;
}
