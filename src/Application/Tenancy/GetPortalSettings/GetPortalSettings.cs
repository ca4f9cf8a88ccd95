using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Data;
using PosVendas.Domain.Tenancy;

namespace PosVendas.Application.Tenancy.GetPortalSettings;

/// <summary>
/// What a customer portal shows before anyone signs in: the company's name, logo, colour, language and time zone.
/// Public: the portal's sign-in page needs it, and it holds nothing a visitor of the portal does not see.
/// </summary>
public sealed record GetPortalSettingsQuery(string Tenant) : IQuery<PortalBranding>;

/// <param name="Tenant">The tenant's slug, as in the URL.</param>
/// <param name="DisplayName">The company's name as customers read it.</param>
/// <param name="LogoUrl">The https address of the company's logo; null for none.</param>
/// <param name="PrimaryColor">The portal's main colour (#RRGGBB); white text on it is readable.</param>
/// <param name="DefaultLocale">pt-BR, en or es: the portal's language when the browser asks for none of them.</param>
/// <param name="TimeZone">The IANA time zone dates are shown in.</param>
public sealed record PortalBranding(string Tenant, string DisplayName, string? LogoUrl, string PrimaryColor, string DefaultLocale, string TimeZone);

internal sealed class GetPortalSettingsHandler(IApplicationDbContext db) : IQueryHandler<GetPortalSettingsQuery, PortalBranding>
{
    public async ValueTask<PortalBranding> Handle(GetPortalSettingsQuery query, CancellationToken cancellationToken)
    {
        if (!Tenant.IsValidSlug(query.Tenant))
        {
            throw new NotFoundException(Resource.Tenant, query.Tenant);
        }

        return await db.Tenants
            .AsNoTracking()
            .Where(t => t.Slug == query.Tenant)
            .Select(t => new PortalBranding(t.Slug, t.Name, t.LogoUrl, t.PrimaryColor ?? Tenant.DefaultPrimaryColor, t.DefaultLocale, t.TimeZone))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Resource.Tenant, query.Tenant);
    }
}
