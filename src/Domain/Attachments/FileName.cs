using System.Text;

namespace PosVendas.Domain.Attachments;

/// <summary>
/// Turns whatever name a client sent into one that is safe to show and to put in a Content-Disposition header:
/// no folders, no traversal, no control or reserved characters, bounded length, extension kept.
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
        foreach (var character in lastSegment.Normalize(NormalizationForm.FormC))
        {
            if (char.IsControl(character) || char.GetUnicodeCategory(character) is System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(Array.IndexOf(Reserved, character) >= 0 ? '_' : character);
        }

        var cleaned = builder.ToString().Trim().Trim('.').Trim();
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
