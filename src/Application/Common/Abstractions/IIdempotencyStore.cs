namespace PosVendas.Application.Common.Abstractions;

/// <summary>A response kept for replay: what the first request with an idempotency key answered.</summary>
public sealed record StoredResponse(int StatusCode, string? Body, string? Location);

public enum IdempotencyOutcome
{
    /// <summary>First use of the key: go ahead, then complete or abandon.</summary>
    Started,

    /// <summary>The first request with this key is still running.</summary>
    InProgress,

    /// <summary>The key was used with a different request.</summary>
    Mismatch,

    /// <summary>The key's request already completed: replay its response.</summary>
    Completed,
}

public sealed record IdempotencyClaim(IdempotencyOutcome Outcome, StoredResponse? Response = null);

/// <summary>Idempotency keys, scoped to tenant and user and kept for a day (IETF httpapi-idempotency-key draft).</summary>
public interface IIdempotencyStore
{
    /// <summary>Deletes the caller's expired keys and abandoned claims. Call it outside any transaction.</summary>
    Task ForgetExpiredAsync(Guid tenantId, string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Claims a key. Inside a transaction the claim commits or rolls back with it, and a concurrent claim of the same
    /// key waits for that transaction to end instead of finding the key in progress.
    /// </summary>
    Task<IdempotencyClaim> TryBeginAsync(Guid tenantId, string userId, string key, string requestHash, CancellationToken cancellationToken);

    Task CompleteAsync(Guid tenantId, string userId, string key, StoredResponse response, CancellationToken cancellationToken);

    /// <summary>Forgets a key whose request failed, so the client can retry with it.</summary>
    Task AbandonAsync(Guid tenantId, string userId, string key, CancellationToken cancellationToken);
}
