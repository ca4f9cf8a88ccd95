using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Warranty.ListWarrantyCatalogs;

/// <summary>The tenant's warranty catalogs by name: a builder has a few (one per manual).</summary>
public sealed record ListWarrantyCatalogsQuery : IQuery<IReadOnlyList<WarrantyCatalogDto>>;

internal sealed class ListWarrantyCatalogsHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListWarrantyCatalogsQuery, IReadOnlyList<WarrantyCatalogDto>>
{
    public async ValueTask<IReadOnlyList<WarrantyCatalogDto>> Handle(ListWarrantyCatalogsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        return await db.WarrantyCatalogs.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new WarrantyCatalogDto(
                c.Id,
                c.Name,
                c.ReviewRequired,
                c.CreatedAt,
                c.Versions.OrderByDescending(v => v.Number)
                    .Select(v => new WarrantyVersionSummaryDto(v.Id, v.Number, v.CreatedAt, v.PublishedAt, v.Items.Count))
                    .ToList()))
            .ToListAsync(cancellationToken);
    }
}
