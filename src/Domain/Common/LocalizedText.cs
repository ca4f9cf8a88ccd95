using System.Diagnostics;

namespace PosVendas.Domain.Common;

/// <summary>
/// A text shown to customers, in the languages PosVendas speaks. Missing translations fall back to Portuguese, then
/// to whichever language is present.
/// </summary>
public sealed record LocalizedText
{
    public const int MaxLength = 120;

    private static readonly string[] PortugueseFirst = [Locales.PortugueseBrazil, Locales.English, Locales.Spanish];
    private static readonly string[] EnglishFirst = [Locales.English, Locales.PortugueseBrazil, Locales.Spanish];
    private static readonly string[] SpanishFirst = [Locales.Spanish, Locales.PortugueseBrazil, Locales.English];

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

    /// <summary>The text a reader of <paramref name="locale"/> is shown: the first present of <see cref="Preference"/>.</summary>
    public string For(string? locale)
    {
        foreach (var language in Preference(locale))
        {
            if (In(language) is { } text)
            {
                return text;
            }
        }

        throw new UnreachableException("The constructor requires at least one language.");
    }

    /// <summary>The text in one of <see cref="Locales.Supported"/>, or null where it has no translation.</summary>
    public string? In(string language) => language switch
    {
        Locales.PortugueseBrazil => PtBr,
        Locales.English => En,
        Locales.Spanish => Es,
        _ => null,
    };

    /// <summary>
    /// The languages in the order a reader of <paramref name="locale"/> is shown them: theirs, then Portuguese, English
    /// and Spanish. Readers that pick one column of a stored label follow the same order.
    /// </summary>
    public static ReadOnlySpan<string> Preference(string? locale) => locale switch
    {
        Locales.English => EnglishFirst,
        Locales.Spanish => SpanishFirst,
        _ => PortugueseFirst,
    };

    private static string? Optional(string? value, string paramName) =>
        TextPolicy.IsBlank(value) ? null : Text.Required(value, MaxLength, paramName);
}
