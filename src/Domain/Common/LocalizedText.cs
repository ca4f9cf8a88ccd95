using PosVendas.Domain.Tenancy;

namespace PosVendas.Domain.Common;

/// <summary>
/// A text shown to customers, in the languages PosVendas speaks. Missing translations fall back to Portuguese, then
/// to whichever language is present.
/// </summary>
public sealed record LocalizedText
{
    public const int MaxLength = 120;

    public LocalizedText(string? ptBr, string? en = null, string? es = null)
    {
        PtBr = Optional(ptBr, nameof(ptBr));
        En = Optional(en, nameof(en));
        Es = Optional(es, nameof(es));
        if (PtBr is null && En is null && Es is null)
        {
            throw new ArgumentException("At least one language is required.", nameof(ptBr));
        }
    }

    public string? PtBr { get; private init; }

    public string? En { get; private init; }

    public string? Es { get; private init; }

    public string For(string? locale) => locale switch
    {
        Locales.English when En is not null => En,
        Locales.Spanish when Es is not null => Es,
        _ => PtBr ?? En ?? Es!,
    };

    private static string? Optional(string? value, string paramName) =>
        string.IsNullOrWhiteSpace(value) ? null : Text.Required(value, MaxLength, paramName);
}
