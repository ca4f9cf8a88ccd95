using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Data;

namespace PosVendas.Application.Tenancy;

/// <summary>The tenant's date: occupancies and warranty terms are counted in days of the tenant's time zone.</summary>
internal static class TenantCalendar
{
    public static async Task<DateOnly> TodayAsync(IApplicationDbContext db, Guid tenantId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var timeZone = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.TimeZone).SingleAsync(cancellationToken);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);
    }
}
