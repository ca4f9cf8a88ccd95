using FluentValidation;
using Mediator;

namespace PosVendas.Application.Locations.ImportUnits;

/// <summary>
/// An ERP's batch of up to 1,000 units, each upserted by external id with its development and building. Each row gets
/// its own result (created, updated, unchanged, or failed with the reason); the rows that succeed are saved together.
/// Sending the same batch again changes nothing and answers unchanged.
/// </summary>
public sealed record ImportUnitsCommand(IReadOnlyList<UnitImportRow>? Units) : ICommand<ImportUnitsResponse>;

public sealed record ImportUnitsResponse(IReadOnlyList<UnitImportResult> Results);

internal sealed class ImportUnitsCommandValidator : AbstractValidator<ImportUnitsCommand>
{
    public const int MaxUnits = 1_000;

    public ImportUnitsCommandValidator()
    {
        RuleFor(c => c.Units).NotEmpty();
        RuleFor(c => c.Units!.Count).LessThanOrEqualTo(MaxUnits).OverridePropertyName("units").When(c => c.Units is not null);
        RuleForEach(c => c.Units).NotNull();
    }
}

internal sealed class ImportUnitsHandler(UnitImporter importer) : ICommandHandler<ImportUnitsCommand, ImportUnitsResponse>
{
    public async ValueTask<ImportUnitsResponse> Handle(ImportUnitsCommand command, CancellationToken cancellationToken) =>
        new(await importer.ImportAsync(command.Units!, cancellationToken));
}
