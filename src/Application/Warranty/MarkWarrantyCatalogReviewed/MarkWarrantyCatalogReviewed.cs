using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Warranty.MarkWarrantyCatalogReviewed;

/// <summary>
/// An admin says a catalog copied from the reference template now matches the builder's manual: it is no longer
/// flagged for review. Marking a reviewed catalog again changes nothing.
/// </summary>
public sealed record MarkWarrantyCatalogReviewedCommand(Guid CatalogId) : ICommand<WarrantyCatalogDto>;

internal sealed class MarkWarrantyCatalogReviewedHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<MarkWarrantyCatalogReviewedCommand, WarrantyCatalogDto>
{
    public async ValueTask<WarrantyCatalogDto> Handle(MarkWarrantyCatalogReviewedCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var catalog = await WarrantyCatalogs.LoadAsync(db, command.CatalogId, cancellationToken);
        catalog.MarkReviewed();
        return WarrantyCatalogDto.From(catalog);
    }
}
