namespace PosVendas.Infrastructure.Idempotency;

/// <summary>One idempotency key of one user in one tenant, with the command it was used for and that command's response.</summary>
internal sealed class IdempotencyRecord
{
    public Guid TenantId { get; private set; }

    public string UserId { get; private set; } = null!;

    public string Key { get; private set; } = null!;

    public string RequestHash { get; private set; } = null!;

    /// <summary>The command's response as JSON; set in the transaction that claimed the key, so a committed key has one.</summary>
    public string? Response { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
