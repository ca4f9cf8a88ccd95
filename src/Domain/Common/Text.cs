namespace PosVendas.Domain.Common;

internal static class Text
{
    /// <summary>Trims <paramref name="value"/> and guards its length; callers validate input before this point.</summary>
    public static string Required(string? value, int maxLength, string paramName)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new ArgumentException("A value is required.", paramName);
        }

        if (trimmed.Length > maxLength)
        {
            throw new ArgumentException($"At most {maxLength} characters are allowed.", paramName);
        }

        return trimmed;
    }
}
