using FluentValidation;
using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Warranty.AddWarrantyVersion;

/// <summary>Starts a new draft version of a catalog with the given items, numbered after the last.</summary>
public sealed record AddWarrantyVersionCommand(Guid CatalogId, IReadOnlyList<WarrantyItemInput>? Items) : ICommand<WarrantyVersionDto>;

internal sealed class AddWarrantyVersionCommandValidator : AbstractValidator<AddWarrantyVersionCommand>
{
    public AddWarrantyVersionCommandValidator() => RuleFor(c => c.Items).ValidItems();
}

internal sealed class AddWarrantyVersionHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<AddWarrantyVersionCommand, WarrantyVersionDto>
{
    public async ValueTask<WarrantyVersionDto> Handle(AddWarrantyVersionCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var catalog = await WarrantyCatalogs.LoadAsync(db, command.CatalogId, cancellationToken);
        var version = catalog.AddVersion([.. command.Items!.Select(item => item.ToSpec())], clock.GetUtcNow());
        db.WarrantyCatalogVersions.Add(version);
        return WarrantyVersionDto.From(version);
    }
}
