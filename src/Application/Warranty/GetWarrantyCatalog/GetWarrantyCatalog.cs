using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Warranty.GetWarrantyCatalog;

public sealed record GetWarrantyCatalogQuery(Guid CatalogId) : IQuery<WarrantyCatalogDto>;

internal sealed class GetWarrantyCatalogHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetWarrantyCatalogQuery, WarrantyCatalogDto>
{
    public async ValueTask<WarrantyCatalogDto> Handle(GetWarrantyCatalogQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        return WarrantyCatalogDto.From(await WarrantyCatalogs.LoadAsync(db, query.CatalogId, cancellationToken));
    }
}
