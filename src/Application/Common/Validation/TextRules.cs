using FluentValidation;
using PosVendas.Application.Localization;

namespace PosVendas.Application.Common.Validation;

internal static class TextRules
{
    /// <summary>Required free text whose length, after trimming, is 1 to <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> TrimmedLength<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule
            .Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage(_ => Texts.MustNotBeEmpty.Get())
            .Must(text => text is null || text.Trim().Length <= maxLength)
            .WithMessage(_ => Texts.TrimmedLength.Get(maxLength));
}
