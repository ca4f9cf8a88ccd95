using Mediator;
using PosVendas.Application.Locations.ImportUnits;

namespace PosVendas.Application.Locations.UpsertUnit;

/// <summary>
/// An ERP's unit by its external id: created, with its development and building when they are new, or updated.
/// Idempotent: the same request again answers unchanged. A broken rule is a 409, bad input a 400, as anywhere else:
/// the importer checks the row with the bulk import's row rules, so both name the fields alike (development.name).
/// </summary>
public sealed record UpsertUnitCommand(
    string? ExternalId, string? Code, DateOnly? HandoverDate, bool? Active, DevelopmentImport? Development, BuildingImport? Building)
    : ICommand<UnitImportResult>
{
    public UnitImportRow Row => new(ExternalId, Code, HandoverDate, Active, Development, Building);
}

internal sealed class UpsertUnitHandler(UnitImporter importer) : ICommandHandler<UpsertUnitCommand, UnitImportResult>
{
    public async ValueTask<UnitImportResult> Handle(UpsertUnitCommand command, CancellationToken cancellationToken) =>
        await importer.ImportOneAsync(command.Row, cancellationToken);
}
