namespace PosVendas.Domain.Common;

/// <summary>The languages PosVendas speaks to customers.</summary>
public static class Locales
{
    public const string PortugueseBrazil = "pt-BR";
    public const string English = "en";
    public const string Spanish = "es";

    public static IReadOnlyList<string> Supported { get; } = [PortugueseBrazil, English, Spanish];

    public static bool IsSupported(string? locale) => locale is not null && Supported.Contains(locale);
}
