using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Data;
using PosVendas.Application.Tenancy;
using PosVendas.Domain.Warranty;

namespace PosVendas.Application.Warranty;

/// <summary>
/// The coverage the terms pinned to a unit's development give the warranty item named <c>itemKey</c>, today in the
/// tenant's time zone: what the coverage endpoint answers and what a new ticket records.
/// </summary>
internal sealed class WarrantyCoverages(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>The coverage for <paramref name="unitId"/> of the caller's tenant; 404 when there is no such unit.</summary>
    public async Task<WarrantyCoverage> OfUnitAsync(Guid unitId, string? itemKey, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.TenantId ?? throw new ForbiddenAccessException();
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Join(db.Developments, u => u.DevelopmentId, d => d.Id, (u, d) => new { u.HandoverDate, d.HabiteSeDate, d.WarrantyTermsId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Resource.Unit, unitId);
        var item = unit.WarrantyTermsId is { } termsId && itemKey is not null
            ? await db.WarrantyCatalogVersions.AsNoTracking().Where(v => v.Id == termsId).SelectMany(v => v.Items)
                .SingleOrDefaultAsync(i => i.Key == itemKey, cancellationToken)
            : null;

        var today = await TenantCalendar.TodayAsync(db, tenantId, clock, cancellationToken);
        return WarrantyCoverage.Of(item, unit.HandoverDate, unit.HabiteSeDate, today);
    }
}
