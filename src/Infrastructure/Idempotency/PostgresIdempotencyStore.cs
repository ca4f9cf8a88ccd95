using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Idempotency;

/// <summary>
/// Keys live in PostgreSQL so every API instance sees them. Claiming takes a transaction-scoped advisory lock on the
/// key and inserts it (INSERT … ON CONFLICT DO NOTHING): of concurrent requests with the same key exactly one starts,
/// and the others are told it is in progress. Claimed inside the request's transaction, the key, the change and the
/// stored response commit together; claimed on its own (uploads), the others find the row in progress.
/// </summary>
internal sealed class PostgresIdempotencyStore(AppDbContext db, TimeProvider clock) : IIdempotencyStore
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public static readonly TimeSpan InProgressTimeout = TimeSpan.FromMinutes(5);

    public Task ForgetExpiredAsync(Guid tenantId, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = now - Lifetime;
        // The table holds a day of keys per user. A key left "in progress" for minutes lost its request (only an
        // upload can leave one: other requests claim their key inside their own transaction) and is freed too.
        var abandoned = now - InProgressTimeout;
        return db.Database.ExecuteSqlAsync(
            $"DELETE FROM api.idempotency_keys WHERE tenant_id = {tenantId} AND user_id = {userId} AND (created_at < {expired} OR (NOT completed AND created_at < {abandoned}))",
            cancellationToken);
    }

    public async Task<IdempotencyClaim> TryBeginAsync(Guid tenantId, string userId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();

        // A request with this key that is still running holds this lock until its transaction ends: the repeat is told
        // so (409) instead of waiting for it. Once it has committed, its response is found below; rolled back, it
        // left the key free for this request. Outside a transaction (uploads) the lock only lasts this statement.
        var free = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock(hashtextextended({tenantId.ToString()} || '/' || {userId} || '/' || {key}, 0)) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!free)
        {
            return new IdempotencyClaim(IdempotencyOutcome.InProgress);
        }

        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO api.idempotency_keys (tenant_id, user_id, key, request_hash, completed, created_at)
            VALUES ({tenantId}, {userId}, {key}, {requestHash}, false, {now})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);
        if (inserted == 1)
        {
            return new IdempotencyClaim(IdempotencyOutcome.Started);
        }

        var existing = await db.Set<IdempotencyRecord>()
            .AsNoTracking()
            .SingleOrDefaultAsync(r => r.TenantId == tenantId && r.UserId == userId && r.Key == key, cancellationToken);
        return existing switch
        {
            null => new IdempotencyClaim(IdempotencyOutcome.InProgress), // abandoned between our two statements
            { RequestHash: var hash } when hash != requestHash => new IdempotencyClaim(IdempotencyOutcome.Mismatch),
            { Completed: false } => new IdempotencyClaim(IdempotencyOutcome.InProgress),
            _ => new IdempotencyClaim(
                IdempotencyOutcome.Completed,
                new StoredResponse(existing.ResponseStatus!.Value, existing.ResponseBody, existing.ResponseLocation)),
        };
    }

    public Task CompleteAsync(Guid tenantId, string userId, string key, StoredResponse response, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            UPDATE api.idempotency_keys
            SET completed = true, response_status = {response.StatusCode}, response_body = {response.Body}, response_location = {response.Location}
            WHERE tenant_id = {tenantId} AND user_id = {userId} AND key = {key}
            """,
            cancellationToken);

    public Task AbandonAsync(Guid tenantId, string userId, string key, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"DELETE FROM api.idempotency_keys WHERE tenant_id = {tenantId} AND user_id = {userId} AND key = {key} AND NOT completed",
            cancellationToken);
}
