using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Data;
using PosVendas.Application.Tenancy;
using PosVendas.Domain.Locations;

namespace PosVendas.Application.Locations;

/// <summary>
/// The places the calling customer may open tickets about, as of today in the tenant's time zone: the units they own,
/// co-own or live in, and the common areas of the developments they live in or are síndico of (of a building only:
/// that building's areas). An occupancy names the caller by subject, or by the e-mail of their customer record while
/// it has no subject.
/// </summary>
internal sealed class CallerPlaces(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<IReadOnlyList<Occupancy>> CurrentOccupanciesAsync(CancellationToken cancellationToken)
    {
        var customerId = currentUser.CustomerId ?? throw new ForbiddenAccessException();
        var subject = currentUser.Subject ?? throw new ForbiddenAccessException();
        var caller = await db.Customers.AsNoTracking()
            .Where(c => c.Id == customerId)
            .Select(c => new { c.Email, c.TenantId })
            .SingleAsync(cancellationToken);
        var today = await TenantCalendar.TodayAsync(db, caller.TenantId, clock, cancellationToken);
        var email = caller.Email.ToLowerInvariant();
        return await db.Occupancies.AsNoTracking()
            .Where(o => o.Subject == subject || (o.Subject == null && o.Email == email))
            .Where(o => o.From <= today && (o.To == null || o.To >= today))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Whether <paramref name="occupancies"/> let their holder open a ticket about <paramref name="area"/>.</summary>
    public static bool Reach(IEnumerable<Occupancy> occupancies, CommonArea area) =>
        occupancies.Any(o => o.DevelopmentId == area.DevelopmentId
            && (o.Role != OccupancyRole.Syndic || o.BuildingId is null || o.BuildingId == area.BuildingId));
}
