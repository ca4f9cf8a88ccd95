using FluentValidation;

namespace PosVendas.Application.Common.Validation;

internal static class TextRules
{
    /// <summary>Required free text whose length, after trimming, is 1 to <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> TrimmedLength<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule
            .Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("'{PropertyName}' must not be empty.")
            .Must(text => text is null || text.Trim().Length <= maxLength)
            .WithMessage($"'{{PropertyName}}' must be at most {maxLength} characters after trimming.");
}
