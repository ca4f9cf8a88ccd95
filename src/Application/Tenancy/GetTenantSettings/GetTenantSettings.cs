using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;

namespace PosVendas.Application.Tenancy.GetTenantSettings;

/// <summary>The caller's tenant's settings, with their version (ETag) and what does not work with them.</summary>
public sealed record GetTenantSettingsQuery : IQuery<TenantSettingsResponse>;

internal sealed class GetTenantSettingsHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetTenantSettingsQuery, TenantSettingsResponse>
{
    public const string DepartmentAlertsUnaddressed = "department_alerts_unaddressed";

    public async ValueTask<TenantSettingsResponse> Handle(GetTenantSettingsQuery query, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.RequireAdmin();
        var found = await db.Tenants
            .AsNoTracking()
            .Where(t => t.Id == tenantId)
            .Select(t => new { Tenant = t, Version = EF.Property<uint>(t, RowVersion.PropertyName) })
            .SingleAsync(cancellationToken);

        var warnings = new List<SettingsWarningDto>();
        if (found.Tenant.SupportEmail is null)
        {
            // Alerts of a department without an address go to the support address; with neither, nobody gets them.
            var unaddressed = await db.Departments
                .Where(d => d.IsActive && d.NotificationEmail == null)
                .OrderBy(d => d.Name)
                .Select(d => d.Name)
                .ToListAsync(cancellationToken);
            if (unaddressed.Count > 0)
            {
                warnings.Add(new SettingsWarningDto(DepartmentAlertsUnaddressed, Texts.DepartmentAlertsUnaddressed.Get(string.Join(", ", unaddressed))));
            }
        }

        return TenantSettingsResponse.From(found.Tenant, found.Version, warnings);
    }
}
