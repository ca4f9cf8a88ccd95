using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Warranty.GetWarrantyVersion;

public sealed record GetWarrantyVersionQuery(Guid CatalogId, int Number) : IQuery<WarrantyVersionDto>;

internal sealed class GetWarrantyVersionHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetWarrantyVersionQuery, WarrantyVersionDto>
{
    public async ValueTask<WarrantyVersionDto> Handle(GetWarrantyVersionQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var catalog = await WarrantyCatalogs.LoadAsync(db, query.CatalogId, cancellationToken);
        return WarrantyVersionDto.From(WarrantyCatalogs.Version(catalog, query.Number));
    }
}
