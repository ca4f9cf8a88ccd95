using FluentValidation;
using PosVendas.Application.Localization;
using PosVendas.Domain.Common;

namespace PosVendas.Application.Common.Validation;

internal static class TextRules
{
    /// <summary>
    /// Required free text whose length, after trimming, is 1 to <paramref name="maxLength"/> characters; text of only
    /// whitespace, zero-width or bidi-control characters counts as empty (<see cref="TextPolicy.IsBlank"/>).
    /// </summary>
    public static IRuleBuilderOptions<T, string?> TrimmedLength<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule
            .Must(text => !TextPolicy.IsBlank(text))
            .WithMessage(_ => Texts.MustNotBeEmpty.Get())
            .Must(text => text is null || text.Trim().Length <= maxLength)
            .WithMessage(_ => Texts.TrimmedLength.Get(maxLength));

    /// <summary>Optional free text: absent or blank is fine; otherwise at most <paramref name="maxLength"/> characters after trimming.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalTrimmedLength<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule
            .Must(text => TextPolicy.IsBlank(text) || text!.Trim().Length <= maxLength)
            .WithMessage(_ => Texts.TrimmedLength.Get(maxLength));
}
