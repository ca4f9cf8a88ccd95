using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Data;
using PosVendas.Domain.Warranty;

namespace PosVendas.Application.Warranty;

/// <summary>Loads a catalog of the caller's tenant with its versions and their items, or says it is not there.</summary>
internal static class WarrantyCatalogs
{
    public static async Task<WarrantyCatalog> LoadAsync(IApplicationDbContext db, Guid catalogId, CancellationToken cancellationToken) =>
        await db.WarrantyCatalogs.Include(c => c.Versions).ThenInclude(v => v.Items.OrderBy(i => i.Position)).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == catalogId, cancellationToken)
        ?? throw new NotFoundException(Resource.WarrantyCatalog, catalogId);

    /// <summary>
    /// A copy of the reference terms that ship with PosVendas, as a draft version 1 marked for review: an admin checks
    /// it against the builder's manual, edits it, then publishes it.
    /// </summary>
    public static WarrantyCatalog FromTemplate(Guid tenantId, string? name, DateTimeOffset now)
    {
        var catalog = WarrantyCatalog.Create(tenantId, name ?? WarrantyTemplate.Name, reviewRequired: true, now);
        catalog.AddVersion(WarrantyTemplate.Items, now);
        return catalog;
    }

    public static WarrantyCatalogVersion Version(WarrantyCatalog catalog, int number) =>
        catalog.Version(number) ?? throw new NotFoundException(Resource.WarrantyVersion, number);
}
