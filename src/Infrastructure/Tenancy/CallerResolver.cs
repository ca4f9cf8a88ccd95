using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Tenancy;
using PosVendas.Domain.Tenancy;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Tenancy;

/// <summary>
/// Resolves callers against the database once and then from the cache for a few minutes, so an authenticated request
/// costs no extra round trip. The cache is <see cref="HybridCache"/>: the instance's memory, and Redis behind it when
/// <c>ConnectionStrings:Redis</c> is set, so a caller one instance has resolved is known to the others (ADR 0019).
/// A context is taken from the pool only on a miss: neither read depends on the caller's tenant filter (tenants have
/// none; the customer's upsert names its tenant), and a request answered from the cache, such as the customer's
/// list, then leases no context at all (ADR 0008).
/// </summary>
internal sealed class CallerResolver(IDbContextFactory<AppDbContext> contexts, HybridCache cache, TimeProvider clock) : ICallerResolver
{
    private static readonly HybridCacheEntryOptions TenantLifetime = new()
    {
        Expiration = TimeSpan.FromMinutes(1),
        LocalCacheExpiration = TimeSpan.FromMinutes(1),
    };

    private static readonly HybridCacheEntryOptions CustomerLifetime = new()
    {
        Expiration = TimeSpan.FromMinutes(30),
        LocalCacheExpiration = TimeSpan.FromMinutes(5),
    };

    public async Task<ResolvedCaller?> ResolveAsync(CallerIdentity identity, CancellationToken cancellationToken)
    {
        var tenant = await FindTenantAsync(identity.TenantSlug, cancellationToken);
        if (tenant is null)
        {
            return null;
        }

        Guid? customerId = identity.Role == Roles.Customer
            ? await RegisterCustomerAsync(tenant.Id, identity, cancellationToken)
            : null;
        return new ResolvedCaller(tenant.Id, tenant.DefaultLocale, customerId);
    }

    private async Task<CachedTenant?> FindTenantAsync(string slug, CancellationToken cancellationToken)
    {
        var key = $"tenant:{slug}";
        var tenant = await cache.GetOrCreateAsync(
            key,
            (contexts, slug),
            static async (state, cancellationToken) =>
            {
                await using var db = await state.contexts.CreateDbContextAsync(cancellationToken);
                return await db.Tenants
                    .AsNoTracking()
                    .Where(t => t.Slug == state.slug)
                    .Select(t => new CachedTenant(t.Id, t.DefaultLocale))
                    .SingleOrDefaultAsync(cancellationToken);
            },
            TenantLifetime,
            cancellationToken: cancellationToken);
        if (tenant is null)
        {
            // An unknown slug is not remembered: a tenant added a moment later is found at once.
            await cache.RemoveAsync(key, cancellationToken);
        }

        return tenant;
    }

    /// <summary>
    /// The customer's id, registering them on their first request. The entry keeps a digest of the e-mail, name and
    /// locale last written (not the values: they are personal data, and Redis needs only to compare them), so a token
    /// that brings new ones updates the row, and an unchanged one writes nothing.
    /// </summary>
    private async Task<Guid> RegisterCustomerAsync(Guid tenantId, CallerIdentity identity, CancellationToken cancellationToken)
    {
        var key = $"customer:{tenantId:N}:{identity.Subject}";
        var cached = await cache.GetOrCreateAsync(
            key,
            (resolver: this, tenantId, identity),
            static (state, cancellationToken) => new ValueTask<CachedCustomer>(state.resolver.UpsertAsync(state.tenantId, state.identity, cancellationToken)),
            CustomerLifetime,
            cancellationToken: cancellationToken);
        if (cached.Details.AsSpan().SequenceEqual(Digest(identity)))
        {
            return cached.Id;
        }

        var updated = await UpsertAsync(tenantId, identity, cancellationToken);
        await cache.SetAsync(key, updated, CustomerLifetime, cancellationToken: cancellationToken);
        return updated.Id;
    }

    private async Task<CachedCustomer> UpsertAsync(Guid tenantId, CallerIdentity identity, CancellationToken cancellationToken)
    {
        var customer = Customer.Register(tenantId, identity.Subject, identity.Email, identity.Name, identity.Locale, clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Writes only what changed: every instance resolves its callers again when its cache entry expires, and an
        // unchanged customer must not cost a row version each time. The row as it is comes from the second SELECT.
        // Occupancies an admin registered by this e-mail before the person first signed in follow their subject from
        // now on (the data-modifying CTE runs whether or not the query reads it; the partial index finds none fast).
        var ids = await db.Database
            .SqlQuery<Guid>($"""
                WITH upserted AS (
                    INSERT INTO tenancy.customers AS c (id, tenant_id, subject, email, name, locale, created_at, updated_at)
                    VALUES ({customer.Id}, {customer.TenantId}, {customer.Subject}, {customer.Email}, {customer.Name},
                            {customer.Locale}, {customer.CreatedAt}, {customer.UpdatedAt})
                    ON CONFLICT (tenant_id, subject) DO UPDATE
                        SET email = excluded.email, name = excluded.name, locale = excluded.locale, updated_at = excluded.updated_at
                        WHERE (c.email, c.name, c.locale) IS DISTINCT FROM (excluded.email, excluded.name, excluded.locale)
                    RETURNING c.id),
                bound AS (
                    UPDATE locations.occupancies SET subject = {customer.Subject}
                    WHERE tenant_id = {customer.TenantId} AND subject IS NULL AND email = {customer.Email.ToLowerInvariant()})
                SELECT id AS "Value" FROM upserted
                UNION ALL
                SELECT id FROM tenancy.customers WHERE tenant_id = {customer.TenantId} AND subject = {customer.Subject}
                """)
            .ToListAsync(cancellationToken);
        // Empty only when another request inserted the same new customer while this one ran: read it now.
        var id = ids.Count > 0
            ? ids[0]
            : await db.Customers.IgnoreQueryFilters().Where(c => c.TenantId == tenantId && c.Subject == identity.Subject).Select(c => c.Id).SingleAsync(cancellationToken);
        return new CachedCustomer(id, Digest(identity));
    }

    private static byte[] Digest(CallerIdentity identity) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{identity.Email}\n{identity.Name}\n{identity.Locale}"));

    // Sealed and immutable: HybridCache hands out the instance it keeps in memory instead of a fresh copy per request.
    [ImmutableObject(true)]
    internal sealed record CachedTenant(Guid Id, string DefaultLocale);

    [ImmutableObject(true)]
    internal sealed record CachedCustomer(Guid Id, byte[] Details);
}
