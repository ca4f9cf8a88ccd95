using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Tenancy;
using PosVendas.Domain.Tenancy;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Tenancy;

/// <summary>
/// Resolves callers against the database once and then from memory for a few minutes, so an authenticated request
/// costs no extra round trip. A changed e-mail or name in the token is a new cache key and reaches the database.
/// A context is taken from the pool only on a miss: neither read depends on the caller's tenant filter (tenants have
/// none; the customer's upsert names its tenant), and a request answered from memory, such as the customer's list,
/// then leases no context at all (ADR 0008).
/// </summary>
internal sealed class CallerResolver(IDbContextFactory<AppDbContext> contexts, IMemoryCache cache, TimeProvider clock) : ICallerResolver
{
    private static readonly TimeSpan TenantLifetime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan CustomerLifetime = TimeSpan.FromMinutes(5);

    public async Task<ResolvedCaller?> ResolveAsync(CallerIdentity identity, CancellationToken cancellationToken)
    {
        var tenant = await FindTenantAsync(identity.TenantSlug, cancellationToken);
        if (tenant is null)
        {
            return null;
        }

        Guid? customerId = identity.Role == Roles.Customer
            ? await RegisterCustomerAsync(tenant.TenantId, identity, cancellationToken)
            : null;
        return tenant with { CustomerId = customerId };
    }

    private async Task<ResolvedCaller?> FindTenantAsync(string slug, CancellationToken cancellationToken)
    {
        var key = new TenantKey(slug);
        if (cache.TryGetValue(key, out ResolvedCaller? cached))
        {
            return cached;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tenant = await db.Tenants
            .AsNoTracking()
            .Where(t => t.Slug == slug)
            .Select(t => new ResolvedCaller(t.Id, t.DefaultLocale, null))
            .SingleOrDefaultAsync(cancellationToken);
        if (tenant is not null)
        {
            cache.Set(key, tenant, TenantLifetime);
        }

        return tenant;
    }

    private async Task<Guid> RegisterCustomerAsync(Guid tenantId, CallerIdentity identity, CancellationToken cancellationToken)
    {
        var key = new CustomerKey(tenantId, identity.Subject, identity.Email, identity.Name, identity.Locale);
        if (cache.TryGetValue(key, out Guid cachedId))
        {
            return cachedId;
        }

        var customer = Customer.Register(tenantId, identity.Subject, identity.Email, identity.Name, identity.Locale, clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Writes only what changed: every instance resolves its callers again when its cache entry expires, and an
        // unchanged customer must not cost a row version each time. The row as it is comes from the second SELECT.
        var ids = await db.Database
            .SqlQuery<Guid>($"""
                WITH upserted AS (
                    INSERT INTO tenancy.customers AS c (id, tenant_id, subject, email, name, locale, created_at, updated_at)
                    VALUES ({customer.Id}, {customer.TenantId}, {customer.Subject}, {customer.Email}, {customer.Name},
                            {customer.Locale}, {customer.CreatedAt}, {customer.UpdatedAt})
                    ON CONFLICT (tenant_id, subject) DO UPDATE
                        SET email = excluded.email, name = excluded.name, locale = excluded.locale, updated_at = excluded.updated_at
                        WHERE (c.email, c.name, c.locale) IS DISTINCT FROM (excluded.email, excluded.name, excluded.locale)
                    RETURNING c.id)
                SELECT id AS "Value" FROM upserted
                UNION ALL
                SELECT id FROM tenancy.customers WHERE tenant_id = {customer.TenantId} AND subject = {customer.Subject}
                """)
            .ToListAsync(cancellationToken);
        // Empty only when another request inserted the same new customer while this one ran: read it now.
        var id = ids.Count > 0
            ? ids[0]
            : await db.Customers.IgnoreQueryFilters().Where(c => c.TenantId == tenantId && c.Subject == identity.Subject).Select(c => c.Id).SingleAsync(cancellationToken);
        cache.Set(key, id, CustomerLifetime);
        return id;
    }

    // Typed keys: comparing fields costs less than formatting a string on every request, and the two kinds of entry
    // cannot collide.
    private readonly record struct TenantKey(string Slug);

    private readonly record struct CustomerKey(Guid TenantId, string Subject, string Email, string Name, string? Locale);
}
