namespace PosVendas.Domain.Common;

internal static class Text
{
    /// <summary>
    /// Trims <paramref name="value"/>, puts it in normal form C and guards it (<see cref="TextPolicy"/>, length);
    /// callers validate input before this point.
    /// </summary>
    public static string Required(string? value, int maxLength, string paramName)
    {
        if (TextPolicy.IsBlank(value))
        {
            throw new ArgumentException("A value is required.", paramName);
        }

        if (TextPolicy.IndexOfRefused(value) >= 0)
        {
            throw new ArgumentException("The value holds a character that is not accepted.", paramName);
        }

        var trimmed = TextPolicy.Normalized(value!.Trim());
        if (trimmed.Length > maxLength)
        {
            throw new ArgumentException($"At most {maxLength} characters are allowed.", paramName);
        }

        return trimmed;
    }

    /// <summary>Like <see cref="Required"/>, for a value that may be left out: blank is null.</summary>
    public static string? Optional(string? value, int maxLength, string paramName) =>
        TextPolicy.IsBlank(value) ? null : Required(value, maxLength, paramName);
}
