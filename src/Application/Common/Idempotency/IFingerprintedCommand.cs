namespace PosVendas.Application.Common.Idempotency;

/// <summary>
/// A command that says itself what makes two requests "the same" for an <c>Idempotency-Key</c>, because its repeats
/// differ in values the server chose (ids, storage keys). Other commands are compared by their whole content.
/// </summary>
public interface IFingerprintedCommand
{
    string IdempotencyFingerprint { get; }
}
