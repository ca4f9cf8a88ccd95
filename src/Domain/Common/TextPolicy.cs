using System.Globalization;

namespace PosVendas.Domain.Common;

/// <summary>
/// What text PosVendas accepts, decided once (ADR 0015). A text is refused when it holds a character PostgreSQL cannot
/// store or a reader cannot see: a C0 control character other than tab, line feed and carriage return, or half of a
/// surrogate pair. A text made only of whitespace, zero-width or bidirectional control characters counts as empty.
/// Stored text is in Unicode normal form C, so equal names compare equal.
/// </summary>
public static class TextPolicy
{
    /// <summary>The index of the first character the policy refuses in <paramref name="text"/>; -1 when there is none.</summary>
    public static int IndexOfRefused(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                return i;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Null, empty, or only whitespace, zero-width and bidirectional control characters (Unicode format, Cf).</summary>
    public static bool IsBlank(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><paramref name="text"/> in Unicode normal form C (cheap when it already is).</summary>
    public static string Normalized(string text) => text.IsNormalized() ? text : text.Normalize();
}
