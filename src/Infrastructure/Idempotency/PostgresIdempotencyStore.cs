using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Idempotency;

/// <summary>
/// Keys live in PostgreSQL so every API instance sees them. Claiming is one INSERT … ON CONFLICT DO NOTHING: of
/// concurrent requests with the same key exactly one starts; the others find it in progress.
/// </summary>
internal sealed class PostgresIdempotencyStore(AppDbContext db, TimeProvider clock) : IIdempotencyStore
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public static readonly TimeSpan InProgressTimeout = TimeSpan.FromMinutes(5);

    public async Task<IdempotencyClaim> TryBeginAsync(Guid tenantId, string userId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = now - Lifetime;
        // Expired keys of this caller go first (the key itself may be one): the table holds a day of keys per user.
        // A key left "in progress" for minutes lost its request (a crash, a failed write) and is freed too.
        var abandoned = now - InProgressTimeout;
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM api.idempotency_keys WHERE tenant_id = {tenantId} AND user_id = {userId} AND (created_at < {expired} OR (NOT completed AND created_at < {abandoned}))",
            cancellationToken);
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
