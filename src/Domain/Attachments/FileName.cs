using System.Text;

namespace PosVendas.Domain.Attachments;

/// <summary>
/// Turns whatever name a client sent into one that is safe to show and to put in a Content-Disposition header:
/// no folders, no traversal, no control, format, reserved or unpaired surrogate characters, bounded length, extension
/// kept. Unlike other text (<see cref="Common.TextPolicy"/>), a file name is cleaned rather than refused: it comes from
/// the user's file system, not from what they typed.
/// The name never reaches the storage: blobs are stored under generated keys.
/// </summary>
public static class FileName
{
    private const string Fallback = "file";
    private static readonly char[] Reserved = ['<', '>', ':', '"', '|', '?', '*', ';'];

    public static string Sanitize(string? name)
    {
        var lastSegment = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var builder = new StringBuilder(lastSegment.Length);
        // By rune, so a pair of surrogates (an emoji) stays and a lone half, which enumerates as U+FFFD, goes.
        foreach (var rune in lastSegment.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || rune == Rune.ReplacementChar || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            if (rune.IsBmp && Array.IndexOf(Reserved, (char)rune.Value) >= 0)
            {
                builder.Append('_');
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        var cleaned = builder.ToString().Normalize(NormalizationForm.FormC).Trim().Trim('.').Trim();
        while (cleaned.Contains("..", StringComparison.Ordinal))
        {
            cleaned = cleaned.Replace("..", ".", StringComparison.Ordinal);
        }

        if (cleaned.Length == 0)
        {
            return Fallback;
        }

        return cleaned.Length <= AttachmentLimits.FileNameMaxLength ? cleaned : Shorten(cleaned);
    }

    /// <summary>The lower-case extension with its dot ("" when there is none).</summary>
    public static string ExtensionOf(string sanitizedName)
    {
        var dot = sanitizedName.LastIndexOf('.');
        return dot <= 0 ? "" : sanitizedName[dot..].ToLowerInvariant();
    }

    private static string Shorten(string name)
    {
        var extension = ExtensionOf(name);
        if (extension.Length > 20)
        {
            extension = "";
        }

        return name[..(AttachmentLimits.FileNameMaxLength - extension.Length)] + extension;
    }
}
