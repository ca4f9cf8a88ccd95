using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Catalog.GetCatalogForAdmin;

/// <summary>Every service type with every subject, active or not, with names and labels: the catalog to configure.</summary>
public sealed record GetCatalogForAdminQuery : IQuery<CatalogAdminResponse>;

internal sealed class GetCatalogForAdminHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetCatalogForAdminQuery, CatalogAdminResponse>
{
    public async ValueTask<CatalogAdminResponse> Handle(GetCatalogForAdminQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var serviceTypes = await db.ServiceTypes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name).ToListAsync(cancellationToken);
        var subjects = (await db.Subjects.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(s => s.ServiceTypeId);
        return new CatalogAdminResponse([.. serviceTypes.Select(t => ServiceTypeAdminDto.From(t, subjects[t.Id]))]);
    }
}
