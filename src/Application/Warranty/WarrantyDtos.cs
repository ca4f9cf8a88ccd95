using FluentValidation;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Common.Validation;
using PosVendas.Domain.Warranty;

namespace PosVendas.Application.Warranty;

/// <summary>A warranty catalog and its versions, newest first.</summary>
public sealed record WarrantyCatalogDto(Guid Id, string Name, bool ReviewRequired, DateTimeOffset CreatedAt, IReadOnlyList<WarrantyVersionSummaryDto> Versions)
{
    public static WarrantyCatalogDto From(WarrantyCatalog catalog) => new(
        catalog.Id,
        catalog.Name,
        catalog.ReviewRequired,
        catalog.CreatedAt,
        [.. catalog.Versions.OrderByDescending(v => v.Number).Select(v => new WarrantyVersionSummaryDto(v.Id, v.Number, v.CreatedAt, v.PublishedAt, v.Items.Count))]);
}

/// <param name="Id">The version's id.</param>
/// <param name="Number">1 for the first version, then one more for each.</param>
/// <param name="CreatedAt">When the version was started.</param>
/// <param name="PublishedAt">When it was published; null while it is a draft.</param>
/// <param name="ItemCount">How many items it has.</param>
public sealed record WarrantyVersionSummaryDto(Guid Id, int Number, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, int ItemCount);

/// <summary>One version of a catalog, with its items.</summary>
public sealed record WarrantyVersionDto(Guid Id, Guid CatalogId, int Number, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, IReadOnlyList<WarrantyItemDto> Items)
{
    public static WarrantyVersionDto From(WarrantyCatalogVersion version) => new(
        version.Id, version.CatalogId, version.Number, version.CreatedAt, version.PublishedAt, [.. version.Items.Select(WarrantyItemDto.From)]);
}

/// <summary>One item of a version's terms.</summary>
/// <param name="Key">The item's name for subjects, the same in every version ("impermeabilizacao").</param>
/// <param name="System">The building system ("Impermeabilização").</param>
/// <param name="Component">The component ("Lajes, terraços e áreas molhadas").</param>
/// <param name="FailureTypes">The failures the term covers.</param>
/// <param name="TermMonths">The term, in months.</param>
/// <param name="StartsFrom">The date the term runs from: the unit's handover or the development's habite-se.</param>
/// <param name="LegalBasis">Where the term comes from, as the manual states it.</param>
/// <param name="LossConditions">What voids the warranty for this item.</param>
public sealed record WarrantyItemDto(
    string Key,
    LabelDto System,
    LabelDto Component,
    IReadOnlyList<string> FailureTypes,
    int TermMonths,
    WarrantyStart StartsFrom,
    string? LegalBasis,
    IReadOnlyList<string> LossConditions)
{
    public static WarrantyItemDto From(WarrantyItem item) => new(
        item.Key,
        LabelDto.From(item.System),
        LabelDto.From(item.Component),
        item.FailureTypes,
        item.TermMonths,
        item.StartsFrom,
        item.LegalBasis,
        item.LossConditions);
}

/// <summary>An item as an admin sends it.</summary>
/// <param name="Key">The item's name for subjects: lower-case letters, digits, '-' and '_' ("impermeabilizacao").</param>
/// <param name="System">The building system, in at least one language.</param>
/// <param name="Component">The component, in at least one language.</param>
/// <param name="FailureTypes">The failures the term covers.</param>
/// <param name="TermMonths">The term, in months (1 to 600).</param>
/// <param name="StartsFrom">The date the term runs from.</param>
/// <param name="LegalBasis">Where the term comes from ("NBR 17170; Código Civil, art. 618").</param>
/// <param name="LossConditions">What voids the warranty for this item.</param>
public sealed record WarrantyItemInput(
    string? Key,
    LabelDto? System,
    LabelDto? Component,
    IReadOnlyList<string>? FailureTypes,
    int TermMonths,
    WarrantyStart? StartsFrom,
    string? LegalBasis,
    IReadOnlyList<string>? LossConditions)
{
    public WarrantyItemSpec ToSpec() => new(
        Key!.Trim(), System!.ToText(), Component!.ToText(), FailureTypes, TermMonths, StartsFrom!.Value, LegalBasis, LossConditions);
}

internal sealed class WarrantyItemInputValidator : AbstractValidator<WarrantyItemInput>
{
    public WarrantyItemInputValidator()
    {
        RuleFor(i => i.Key).Must(key => WarrantyItem.IsKey(key?.Trim()))
            .WithMessage(_ => Localization.Texts.WarrantyItemKeyFormat.Get("{PropertyName}", WarrantyItem.KeyMaxLength));
        RuleFor(i => i.System).NotNull().ValidLabel();
        RuleFor(i => i.Component).NotNull().ValidLabel();
        RuleFor(i => i.TermMonths).InclusiveBetween(1, WarrantyTerm.MaxMonths);
        RuleFor(i => i.StartsFrom).NotNull().IsInEnum();
        RuleFor(i => i.LegalBasis).OptionalTrimmedLength(WarrantyItem.LegalBasisMaxLength);
        RuleFor(i => i.FailureTypes).Must(list => list is null || list.Count <= WarrantyItem.MaxListEntries)
            .WithMessage(_ => Localization.Texts.TooManyEntries.Get("{PropertyName}", WarrantyItem.MaxListEntries));
        RuleForEach(i => i.FailureTypes).TrimmedLength(WarrantyItem.ListEntryMaxLength);
        RuleFor(i => i.LossConditions).Must(list => list is null || list.Count <= WarrantyItem.MaxListEntries)
            .WithMessage(_ => Localization.Texts.TooManyEntries.Get("{PropertyName}", WarrantyItem.MaxListEntries));
        RuleForEach(i => i.LossConditions).TrimmedLength(WarrantyItem.ListEntryMaxLength);
    }
}

/// <summary>The items of a version, each checked as <see cref="WarrantyItemInputValidator"/> says.</summary>
internal static class WarrantyItemRules
{
    public static void ValidItems<T>(this IRuleBuilder<T, IReadOnlyList<WarrantyItemInput>?> rule) =>
        rule.NotNull()
            .Must(items => items is null || items.Count <= WarrantyCatalogVersion.MaxItems)
            .WithMessage(_ => Localization.Texts.TooManyEntries.Get("{PropertyName}", WarrantyCatalogVersion.MaxItems))
            .ForEach(item => item.NotNull().SetValidator(new WarrantyItemInputValidator()));
}

/// <summary>
/// Whether a request about a unit looks covered by the warranty terms of its development, for its subject.
/// </summary>
/// <param name="Status">covered, expired or unknown: advice to staff, never a refusal.</param>
/// <param name="Item">The item of the terms that applies; null when none does.</param>
/// <param name="StartsAt">The day the term runs from; null when unknown.</param>
/// <param name="ExpiresAt">The last day the term covers (included); null when unknown.</param>
/// <param name="Basis">What the dates come from: the item's start and legal basis, in the caller's language.</param>
/// <param name="Gap">Why the coverage is unknown: no_unit, no_term, no_handover_date or no_habite_se_date.</param>
/// <param name="Summary">The coverage in the caller's language ("Coberto pela garantia até 12/03/2029").</param>
public sealed record WarrantyCoverageDto(
    WarrantyCoverageStatus Status,
    WarrantyCoverageItemDto? Item,
    DateOnly? StartsAt,
    DateOnly? ExpiresAt,
    string? Basis,
    WarrantyCoverageGap? Gap,
    string Summary);

/// <param name="Key">The item's key.</param>
/// <param name="System">The building system, in the caller's language.</param>
/// <param name="Component">The component, in the caller's language.</param>
/// <param name="TermMonths">The term, in months.</param>
/// <param name="StartsFrom">The date the term runs from.</param>
public sealed record WarrantyCoverageItemDto(string Key, string System, string Component, int TermMonths, WarrantyStart StartsFrom);
