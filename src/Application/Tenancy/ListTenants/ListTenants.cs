using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Data;

namespace PosVendas.Application.Tenancy.ListTenants;

/// <summary>Every tenant of the deployment (a platform operation, run from the command line).</summary>
public sealed record ListTenantsQuery : IQuery<IReadOnlyList<TenantDto>>;

public sealed record TenantDto(Guid Id, string Slug, string Name, string DefaultLocale, DateTimeOffset CreatedAt);

internal sealed class ListTenantsHandler(IApplicationDbContext db) : IQueryHandler<ListTenantsQuery, IReadOnlyList<TenantDto>>
{
    public async ValueTask<IReadOnlyList<TenantDto>> Handle(ListTenantsQuery query, CancellationToken cancellationToken) =>
        await db.Tenants
            .AsNoTracking()
            .OrderBy(t => t.Slug)
            .Select(t => new TenantDto(t.Id, t.Slug, t.Name, t.DefaultLocale, t.CreatedAt))
            .ToListAsync(cancellationToken);
}
