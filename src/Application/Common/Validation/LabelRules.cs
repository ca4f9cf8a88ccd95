using FluentValidation;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Localization;
using PosVendas.Domain.Common;

namespace PosVendas.Application.Common.Validation;

internal static class LabelRules
{
    /// <summary>An optional label: when given, at least one language, each at most the label length.</summary>
    public static void ValidLabel<T>(this IRuleBuilder<T, LabelDto?> rule) =>
        rule.Must(label => label is null || label.HasAny)
            .WithMessage(_ => Texts.LabelNeedsALanguage.Get("{PropertyName}"))
            .Must(label => label is null || new[] { label.PtBr, label.En, label.Es }.All(text => text is null || text.Trim().Length <= LocalizedText.MaxLength))
            .WithMessage(_ => Texts.LabelLanguageTooLong.Get("{PropertyName}", LocalizedText.MaxLength));
}
