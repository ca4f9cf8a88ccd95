using Npgsql;
using PosVendas.Domain.Common;

namespace PosVendas.Infrastructure.Tickets;

/// <summary>
/// A catalog label as the Npgsql readers return it: three columns in a row, Portuguese, English and Spanish, of which
/// only the one the reader's language picks is decoded (ADR 0008).
/// </summary>
internal static class LabelColumns
{
    /// <summary>
    /// The label a reader of <paramref name="locale"/> is shown, from its three columns starting at
    /// <paramref name="ptBr"/>: the first present in <see cref="LocalizedText.Preference"/>, the order
    /// <see cref="LocalizedText.For"/> follows. Blank translations are stored as NULL (LocalizedText keeps none), so a
    /// present column is a translation.
    /// </summary>
    public static string Read(NpgsqlDataReader reader, int ptBr, string locale)
    {
        foreach (var language in LocalizedText.Preference(locale))
        {
            var ordinal = ptBr + language switch
            {
                Locales.English => 1,
                Locales.Spanish => 2,
                _ => 0,
            };
            if (!reader.IsDBNull(ordinal))
            {
                return reader.GetString(ordinal);
            }
        }

        throw new InvalidOperationException("A stored label has no text in any language.");
    }
}
