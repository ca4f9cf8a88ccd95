namespace PosVendas.Application.Common.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> a client sent with a creating request, handed by the web layer to the first command the
/// request sends (one per request scope). <see cref="IdempotencyKeys"/> claims it in that command's transaction.
/// </summary>
public sealed class RequestIdempotencyKey
{
    private string? _key;

    /// <summary>True once the command answered with the stored response of the key's first request.</summary>
    public bool Replayed { get; internal set; }

    public void Set(string key) => _key = key;

    /// <summary>The key, for the first command that asks; later commands of the same request run without it.</summary>
    internal string? Take()
    {
        var key = _key;
        _key = null;
        return key;
    }
}
