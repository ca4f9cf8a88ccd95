using PosVendas.Domain.Common;

namespace PosVendas.Application.Common.Responses;

/// <summary>A customer-facing text in each language (null where not translated).</summary>
public sealed record LabelDto(string? PtBr, string? En, string? Es)
{
    public static LabelDto From(LocalizedText text) => new(text.PtBr, text.En, text.Es);

    public LocalizedText ToText() => new(PtBr, En, Es);

    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasAny => !string.IsNullOrWhiteSpace(PtBr) || !string.IsNullOrWhiteSpace(En) || !string.IsNullOrWhiteSpace(Es);
}
