namespace PosVendas.Application.Common.Idempotency;

public enum IdempotencyOutcome
{
    /// <summary>First use of the key: the command runs, and its response is stored with its change.</summary>
    Started,

    /// <summary>The first command with this key is still running.</summary>
    InProgress,

    /// <summary>The key was used with a different request.</summary>
    Mismatch,

    /// <summary>The key's command already committed: answer with its stored response.</summary>
    Completed,
}

/// <param name="Outcome">What the claim found.</param>
/// <param name="Response">The stored response (JSON) when <see cref="IdempotencyOutcome.Completed"/>.</param>
public sealed record IdempotencyClaim(IdempotencyOutcome Outcome, string? Response = null);

/// <summary>Idempotency keys, scoped to tenant and user and kept for a day (IETF httpapi-idempotency-key draft).</summary>
public interface IIdempotencyStore
{
    /// <summary>Deletes the caller's expired keys. Call it outside any transaction.</summary>
    Task ForgetExpiredAsync(Guid tenantId, string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Claims a key inside the open transaction: the claim commits or rolls back with it, and a concurrent claim of
    /// the same key finds it in progress until that transaction ends.
    /// </summary>
    Task<IdempotencyClaim> TryBeginAsync(Guid tenantId, string userId, string key, string fingerprint, CancellationToken cancellationToken);

    /// <summary>Stores the response of a claimed key's command, inside the same transaction.</summary>
    Task CompleteAsync(Guid tenantId, string userId, string key, string response, CancellationToken cancellationToken);
}
