using PosVendas.Domain.Common;

namespace PosVendas.Domain.Warranty.Rules;

/// <summary>A published version never changes: developments pinned to it keep the terms their buyers received.</summary>
public sealed class PublishedTermsAreFinalRule(int number, bool isPublished) : IBusinessRule
{
    public string Message => $"Version {number} is published and never changes; add a new version instead.";

    public IReadOnlyList<object> MessageArguments => [number];

    public bool IsBroken() => isPublished;
}
