using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Idempotency;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Idempotency;

/// <summary>
/// Keys live in PostgreSQL so every API instance sees them. Claiming takes a transaction-scoped advisory lock on the
/// key and inserts it (INSERT … ON CONFLICT DO NOTHING) inside the command's transaction: of concurrent requests with
/// the same key exactly one starts, and the others are told it is in progress until its transaction ends. The key,
/// the change and the stored response commit together (ADR 0005).
/// </summary>
internal sealed class PostgresIdempotencyStore(AppDbContext db, TimeProvider clock) : IIdempotencyStore
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public Task ForgetExpiredAsync(Guid tenantId, string userId, CancellationToken cancellationToken)
    {
        // The table holds a day of keys per user.
        var expired = clock.GetUtcNow() - Lifetime;
        return db.Database.ExecuteSqlAsync(
            $"DELETE FROM api.idempotency_keys WHERE tenant_id = {tenantId} AND user_id = {userId} AND created_at < {expired}",
            cancellationToken);
    }

    public async Task<IdempotencyClaim> TryBeginAsync(Guid tenantId, string userId, string key, string fingerprint, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An idempotency key is claimed inside the command's transaction.");
        }

        // A command with this key that is still running holds this lock until its transaction ends: the repeat is told
        // so (409) instead of waiting for it. Once it has committed, its response is found below; rolled back, it left
        // the key free for this request.
        var free = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock(hashtextextended({tenantId.ToString()} || '/' || {userId} || '/' || {key}, 0)) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!free)
        {
            return new IdempotencyClaim(IdempotencyOutcome.InProgress);
        }

        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO api.idempotency_keys (tenant_id, user_id, key, request_hash, created_at)
            VALUES ({tenantId}, {userId}, {key}, {fingerprint}, {clock.GetUtcNow()})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);
        if (inserted == 1)
        {
            return new IdempotencyClaim(IdempotencyOutcome.Started);
        }

        // A row another transaction holds would have held the lock too: this one committed, with its response.
        var existing = await db.Set<IdempotencyRecord>()
            .AsNoTracking()
            .SingleOrDefaultAsync(r => r.TenantId == tenantId && r.UserId == userId && r.Key == key, cancellationToken);
        return existing switch
        {
            null => new IdempotencyClaim(IdempotencyOutcome.InProgress), // expired and forgotten between our statements
            { RequestHash: var hash } when hash != fingerprint => new IdempotencyClaim(IdempotencyOutcome.Mismatch),
            _ => new IdempotencyClaim(IdempotencyOutcome.Completed, existing.Response),
        };
    }

    public Task CompleteAsync(Guid tenantId, string userId, string key, string response, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            UPDATE api.idempotency_keys
            SET response = {response}
            WHERE tenant_id = {tenantId} AND user_id = {userId} AND key = {key}
            """,
            cancellationToken);
}
