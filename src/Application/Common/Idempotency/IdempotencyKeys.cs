using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;

namespace PosVendas.Application.Common.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> step of <see cref="Behaviors.TransactionBehavior{TMessage, TResponse}"/>: the key is
/// claimed in the command's transaction, and the command's response is stored in it, so the claim, the change and the
/// response commit together or not at all (ADR 0005). A repeat of a committed command answers with its stored
/// response without running it; with a different command it is 422; while the first still runs, 409.
/// </summary>
internal sealed class IdempotencyKeys(RequestIdempotencyKey requestKey, IIdempotencyStore store, ICurrentUser caller)
{
    // Stored responses and fingerprints: camelCase JSON, as the API writes it.
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    /// <summary>
    /// Before the transaction begins: the key the command claims (the request's, for its first command), or null.
    /// Forgets the caller's expired keys outside any transaction, so no transaction waits on that housekeeping.
    /// </summary>
    public async Task<CallersKey?> TakeAsync(CancellationToken cancellationToken)
    {
        if (requestKey.Take() is not { } key || caller.TenantId is not { } tenantId || caller.ActorId() is not { } userId)
        {
            return null;
        }

        await store.ForgetExpiredAsync(tenantId, userId, cancellationToken);
        return new CallersKey(tenantId, userId, key);
    }

    /// <summary>Claims <paramref name="key"/> for <paramref name="command"/>; the first response when it already ran.</summary>
    public async Task<Replay<TResponse>?> ClaimAsync<TResponse>(CallersKey key, object command, CancellationToken cancellationToken)
    {
        var claim = await store.TryBeginAsync(key.TenantId, key.UserId, key.Key, Fingerprint(command), cancellationToken);
        switch (claim.Outcome)
        {
            case IdempotencyOutcome.Mismatch:
                throw new IdempotencyKeyReusedException();
            case IdempotencyOutcome.InProgress:
                throw new IdempotencyKeyInUseException();
            case IdempotencyOutcome.Completed:
                requestKey.Replayed = true;
                return new Replay<TResponse>(JsonSerializer.Deserialize<TResponse>(claim.Response!, Json)!);
            default:
                return null;
        }
    }

    /// <summary>Stores the response of the command that claimed <paramref name="key"/>, in its transaction.</summary>
    public Task CompleteAsync<TResponse>(CallersKey key, TResponse response, CancellationToken cancellationToken) =>
        store.CompleteAsync(key.TenantId, key.UserId, key.Key, JsonSerializer.Serialize(response, Json), cancellationToken);

    /// <summary>What makes two requests the same: the command's type and content (or its own fingerprint), hashed.</summary>
    private static string Fingerprint(object command)
    {
        var content = command is IFingerprintedCommand fingerprinted
            ? fingerprinted.IdempotencyFingerprint
            : JsonSerializer.Serialize(command, command.GetType(), Json);
        var canonical = $"{command.GetType().FullName}\n{content}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>A key of the caller: keys belong to a tenant and a user.</summary>
    public sealed record CallersKey(Guid TenantId, string UserId, string Key);

    /// <summary>The stored response of a key's first command.</summary>
    public sealed record Replay<TResponse>(TResponse Response);
}
