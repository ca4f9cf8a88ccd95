using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Locations.Rules;

namespace PosVendas.Application.Locations.ImportUnits;

/// <summary>
/// Upserts units from an ERP by external id, creating or updating their development and building on the way. A batch
/// reads what it needs in a few statements (the developments, buildings and units its external ids name, and the codes
/// and names they could collide with), decides each row against that and the rows before it, and leaves the writes to
/// the command's one save. A row is checked whole before anything of it changes, so a failed row changes nothing.
/// </summary>
internal sealed class UnitImporter(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    private static readonly UnitImportRowValidator RowValidator = new();

    /// <summary>One unit; a failure throws, to answer 400 or 409 like any other request.</summary>
    public async Task<UnitImportResult> ImportOneAsync(UnitImportRow row, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.RequireAdmin();
        RowValidator.ValidateAndThrow(row);
        var normalized = Normalized(row);
        return Apply(tenantId, normalized, await KnownAsync([normalized], cancellationToken));
    }

    public async Task<IReadOnlyList<UnitImportResult>> ImportAsync(IReadOnlyList<UnitImportRow> rows, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.RequireAdmin();
        var shapes = rows.Select(row => RowValidator.Validate(row)).ToList();
        var valid = rows.Where((_, i) => shapes[i].IsValid).Select(Normalized).ToList();
        var known = await KnownAsync(valid, cancellationToken);

        var results = new List<UnitImportResult>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (!shapes[i].IsValid)
            {
                var failure = shapes[i].Errors[0];
                results.Add(new UnitImportResult(rows[i].ExternalId, UnitImportOutcome.Failed, null, new UnitImportError(WireName(failure), null, failure.ErrorMessage)));
                continue;
            }

            try
            {
                results.Add(Apply(tenantId, Normalized(rows[i]), known));
            }
            catch (BusinessRuleValidationException broken)
            {
                results.Add(new UnitImportResult(rows[i].ExternalId, UnitImportOutcome.Failed, null, new UnitImportError(null, broken.BrokenRule.Name, Texts.Rules[broken.BrokenRule.GetType()].Get([.. broken.BrokenRule.MessageArguments]))));
            }
            catch (ValidationException invalid)
            {
                var failure = invalid.Errors.First();
                results.Add(new UnitImportResult(rows[i].ExternalId, UnitImportOutcome.Failed, null, new UnitImportError(failure.PropertyName, null, failure.ErrorMessage)));
            }
        }

        return results;
    }

    private UnitImportResult Apply(Guid tenantId, UnitImportRow row, Known known)
    {
        var developmentRow = row.Development!;
        var buildingRow = row.Building!;

        // Every check first: nothing of the row changes unless all of it can.
        known.Developments.TryGetValue(developmentRow.ExternalId!, out var development);
        known.Buildings.TryGetValue(buildingRow.ExternalId!, out var building);
        known.Units.TryGetValue(row.ExternalId!, out var unit);
        if (development is null)
        {
            Require(developmentRow.Name, "development.name");
            Require(developmentRow.Code, "development.code");
        }

        var developmentCode = developmentRow.Code ?? development!.Code;
        Unique(known.DevelopmentCodes, developmentCode, development?.Id, developmentCode);
        if (building is not null && building.DevelopmentId != development?.Id)
        {
            throw new ValidationException([new ValidationFailure("building.externalId", Texts.ImportBuildingInAnotherDevelopment.Get(buildingRow.ExternalId!))]);
        }

        if (building is null)
        {
            Require(buildingRow.Name, "building.name");
        }

        var buildingName = buildingRow.Name ?? building!.Name;
        if (development is not null)
        {
            BusinessRuleValidationException.ThrowIfBroken(new ParentLocationMustBeActiveRule(development.Name, development.IsActive));
            Unique(known.BuildingNames, (development.Id, buildingName), building?.Id, buildingName);
        }

        if (building is not null)
        {
            BusinessRuleValidationException.ThrowIfBroken(new ParentLocationMustBeActiveRule(building.Name, building.IsActive));
            Unique(known.UnitCodes, (building.Id, row.Code!), unit?.Id, row.Code!);
        }

        // Then the changes, parents first.
        if (development is null)
        {
            development = Development.Create(tenantId, developmentRow.Name!, developmentRow.Code!, developmentRow.Address, developmentRow.HabiteSeDate, developmentRow.ExternalId);
            db.Developments.Add(development);
            known.Developments[developmentRow.ExternalId!] = development;
        }
        else if (developmentRow.Name is not null || developmentRow.Code is not null || developmentRow.Address is not null || developmentRow.HabiteSeDate is not null)
        {
            known.DevelopmentCodes.Remove(development.Code);
            development.Update(
                developmentRow.Name ?? development.Name, developmentCode, developmentRow.Address ?? development.Address, developmentRow.HabiteSeDate ?? development.HabiteSeDate, null);
        }

        known.DevelopmentCodes[development.Code] = development.Id;
        if (building is null)
        {
            building = Building.Create(development, buildingName, buildingRow.ExternalId);
            db.Buildings.Add(building);
            known.Buildings[buildingRow.ExternalId!] = building;
        }
        else if (buildingRow.Name is not null)
        {
            known.BuildingNames.Remove((building.DevelopmentId, building.Name));
            building.Update(buildingName, null);
        }

        known.BuildingNames[(building.DevelopmentId, building.Name)] = building.Id;
        Unique(known.UnitCodes, (building.Id, row.Code!), unit?.Id, row.Code!);
        UnitImportOutcome outcome;
        if (unit is null)
        {
            unit = PropertyUnit.Create(building, row.Code!, row.HandoverDate, row.ExternalId, clock.GetUtcNow());
            db.Units.Add(unit);
            known.Units[row.ExternalId!] = unit;
            outcome = UnitImportOutcome.Created;
        }
        else
        {
            var before = UnitDto.From(unit);
            known.UnitCodes.Remove((unit.BuildingId, unit.Code));
            if (unit.BuildingId != building.Id)
            {
                unit.MoveTo(building, clock.GetUtcNow());
            }

            unit.Update(row.Code!, row.HandoverDate ?? unit.HandoverDate, null, clock.GetUtcNow());
            outcome = UnitDto.From(unit) == before ? UnitImportOutcome.Unchanged : UnitImportOutcome.Updated;
        }

        switch (row.Active)
        {
            case true when !unit.IsActive:
                unit.Reactivate(clock.GetUtcNow());
                outcome = outcome == UnitImportOutcome.Unchanged ? UnitImportOutcome.Updated : outcome;
                break;
            case false when unit.IsActive:
                unit.Deactivate(clock.GetUtcNow());
                outcome = outcome == UnitImportOutcome.Unchanged ? UnitImportOutcome.Updated : outcome;
                break;
        }

        known.UnitCodes[(unit.BuildingId, unit.Code)] = unit.Id;
        return new UnitImportResult(row.ExternalId, outcome, UnitDto.From(unit), null);
    }

    /// <summary>What the batch's rows may meet: the places they name, and the codes and names they could take.</summary>
    private async Task<Known> KnownAsync(List<UnitImportRow> rows, CancellationToken cancellationToken)
    {
        var developmentIds = rows.Select(r => r.Development!.ExternalId!).Distinct().ToList();
        var buildingIds = rows.Select(r => r.Building!.ExternalId!).Distinct().ToList();
        var unitIds = rows.Select(r => r.ExternalId!).Distinct().ToList();
        var developmentCodes = rows.Where(r => r.Development!.Code is not null).Select(r => r.Development!.Code!).Distinct().ToList();

        var developments = await db.Developments.Where(d => developmentIds.Contains(d.ExternalId!)).ToDictionaryAsync(d => d.ExternalId!, cancellationToken);
        var buildings = await db.Buildings.Where(b => buildingIds.Contains(b.ExternalId!)).ToDictionaryAsync(b => b.ExternalId!, cancellationToken);
        var units = await db.Units.Where(u => unitIds.Contains(u.ExternalId!)).ToDictionaryAsync(u => u.ExternalId!, cancellationToken);

        var placeIds = developments.Values.Select(d => d.Id).ToList();
        var codes = await db.Developments.AsNoTracking()
            .Where(d => developmentCodes.Contains(d.Code) || placeIds.Contains(d.Id))
            .Select(d => new { d.Code, d.Id })
            .ToDictionaryAsync(d => d.Code, d => d.Id, cancellationToken);
        var names = await db.Buildings.AsNoTracking()
            .Where(b => placeIds.Contains(b.DevelopmentId))
            .Select(b => new { b.DevelopmentId, b.Name, b.Id })
            .ToDictionaryAsync(b => (b.DevelopmentId, b.Name), b => b.Id, cancellationToken);
        var buildingKeys = buildings.Values.Select(b => b.Id).Concat(units.Values.Select(u => u.BuildingId)).Distinct().ToList();
        var unitCodes = rows.Select(r => r.Code!).Distinct().ToList();
        var taken = await db.Units.AsNoTracking()
            .Where(u => buildingKeys.Contains(u.BuildingId) && unitCodes.Contains(u.Code))
            .Select(u => new { u.BuildingId, u.Code, u.Id })
            .ToDictionaryAsync(u => (u.BuildingId, u.Code), u => u.Id, cancellationToken);
        foreach (var unit in units.Values)
        {
            taken[(unit.BuildingId, unit.Code)] = unit.Id;
        }

        return new Known(developments, buildings, units, codes, names, taken);
    }

    private static void Require(string? value, string field)
    {
        if (value is null)
        {
            throw new ValidationException([new ValidationFailure(field, Texts.ImportRequiredToCreate.Get(field))]);
        }
    }

    private static void Unique<TKey>(Dictionary<TKey, Guid> taken, TKey key, Guid? self, string shown)
        where TKey : notnull
    {
        var broken = taken.TryGetValue(key, out var owner) && owner != self;
        BusinessRuleValidationException.ThrowIfBroken(new LocationKeyMustBeUniqueRule(shown, broken));
    }

    /// <summary>The row with its texts trimmed and blanks as absent, so lookups and comparisons see what is stored.</summary>
    private static UnitImportRow Normalized(UnitImportRow row) => row with
    {
        ExternalId = Trimmed(row.ExternalId),
        Code = Trimmed(row.Code),
        Development = row.Development! with
        {
            ExternalId = Trimmed(row.Development.ExternalId),
            Name = Trimmed(row.Development.Name),
            Code = Trimmed(row.Development.Code),
            Address = Trimmed(row.Development.Address),
        },
        Building = row.Building! with { ExternalId = Trimmed(row.Building.ExternalId), Name = Trimmed(row.Building.Name) },
    };

    private static string? Trimmed(string? text) => TextPolicy.IsBlank(text) ? null : TextPolicy.Normalized(text!.Trim());

    private static string WireName(ValidationFailure failure) =>
        string.Join('.', failure.PropertyName.Split('.').Select(part => char.ToLowerInvariant(part[0]) + part[1..]));

    private sealed record Known(
        Dictionary<string, Development> Developments,
        Dictionary<string, Building> Buildings,
        Dictionary<string, PropertyUnit> Units,
        Dictionary<string, Guid> DevelopmentCodes,
        Dictionary<(Guid DevelopmentId, string Name), Guid> BuildingNames,
        Dictionary<(Guid BuildingId, string Code), Guid> UnitCodes);
}
