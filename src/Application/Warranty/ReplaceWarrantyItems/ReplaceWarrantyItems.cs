using FluentValidation;
using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Warranty.ReplaceWarrantyItems;

/// <summary>Replaces every item of a draft version; a published version is refused (409).</summary>
public sealed record ReplaceWarrantyItemsCommand(Guid CatalogId, int Number, IReadOnlyList<WarrantyItemInput>? Items) : ICommand<WarrantyVersionDto>;

internal sealed class ReplaceWarrantyItemsCommandValidator : AbstractValidator<ReplaceWarrantyItemsCommand>
{
    public ReplaceWarrantyItemsCommandValidator() => RuleFor(c => c.Items).ValidItems();
}

internal sealed class ReplaceWarrantyItemsHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<ReplaceWarrantyItemsCommand, WarrantyVersionDto>
{
    public async ValueTask<WarrantyVersionDto> Handle(ReplaceWarrantyItemsCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var catalog = await WarrantyCatalogs.LoadAsync(db, command.CatalogId, cancellationToken);
        var version = WarrantyCatalogs.Version(catalog, command.Number);
        version.ReplaceItems([.. command.Items!.Select(item => item.ToSpec())]);
        return WarrantyVersionDto.From(version);
    }
}
