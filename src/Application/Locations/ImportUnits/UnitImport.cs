using FluentValidation;
using PosVendas.Application.Common.Validation;
using PosVendas.Domain.Locations;

namespace PosVendas.Application.Locations.ImportUnits;

/// <summary>
/// A unit as an ERP sends it, keyed by its external id, with the development and building it is in, also by external
/// id. A development or building not yet registered is created from these fields (name, and a development's code, are
/// then required); a registered one has its fields updated when they are sent.
/// </summary>
public sealed record UnitImportRow(
    string? ExternalId, string? Code, DateOnly? HandoverDate, bool? Active, DevelopmentImport? Development, BuildingImport? Building);

public sealed record DevelopmentImport(string? ExternalId, string? Name, string? Code, string? Address, DateOnly? HabiteSeDate);

public sealed record BuildingImport(string? ExternalId, string? Name);

/// <summary>What an import did with one unit.</summary>
public enum UnitImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Failed,
}

/// <param name="ExternalId">The row's external id, as sent.</param>
/// <param name="Outcome">created, updated, unchanged or failed.</param>
/// <param name="Unit">The unit as it is now; null when the row failed.</param>
/// <param name="Error">Why the row failed: the field or rule and a message.</param>
public sealed record UnitImportResult(string? ExternalId, UnitImportOutcome Outcome, UnitDto? Unit, UnitImportError? Error);

/// <param name="Field">The field at fault (its JSON name), or null for a rule.</param>
/// <param name="Rule">The broken rule's name, as in a 409's <c>rule</c>, or null for a field.</param>
/// <param name="Message">What is wrong, in the caller's language.</param>
public sealed record UnitImportError(string? Field, string? Rule, string Message);

internal sealed class UnitImportRowValidator : AbstractValidator<UnitImportRow>
{
    public UnitImportRowValidator()
    {
        RuleFor(r => r.ExternalId).TrimmedLength(ExternalIds.MaxLength);
        RuleFor(r => r.Code).TrimmedLength(PropertyUnit.CodeMaxLength);
        RuleFor(r => r.Development).NotNull();
        RuleFor(r => r.Building).NotNull();
        RuleFor(r => r.Development!.ExternalId).TrimmedLength(ExternalIds.MaxLength).When(r => r.Development is not null);
        RuleFor(r => r.Development!.Name).OptionalTrimmedLength(Development.NameMaxLength).When(r => r.Development is not null);
        RuleFor(r => r.Development!.Code).OptionalTrimmedLength(Development.CodeMaxLength).When(r => r.Development is not null);
        RuleFor(r => r.Development!.Address).OptionalTrimmedLength(Development.AddressMaxLength).When(r => r.Development is not null);
        RuleFor(r => r.Building!.ExternalId).TrimmedLength(ExternalIds.MaxLength).When(r => r.Building is not null);
        RuleFor(r => r.Building!.Name).OptionalTrimmedLength(Building.NameMaxLength).When(r => r.Building is not null);
    }
}
