namespace PosVendas.Infrastructure.Idempotency;

/// <summary>One idempotency key of one user in one tenant, with the request it was used for and its response.</summary>
internal sealed class IdempotencyRecord
{
    public Guid TenantId { get; private set; }

    public string UserId { get; private set; } = null!;

    public string Key { get; private set; } = null!;

    public string RequestHash { get; private set; } = null!;

    public bool Completed { get; private set; }

    public int? ResponseStatus { get; private set; }

    public string? ResponseBody { get; private set; }

    public string? ResponseLocation { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
