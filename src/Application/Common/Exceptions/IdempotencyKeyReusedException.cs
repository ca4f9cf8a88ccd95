namespace PosVendas.Application.Common.Exceptions;

/// <summary>The <c>Idempotency-Key</c> was already used with a different request (422).</summary>
public sealed class IdempotencyKeyReusedException() : Exception("This Idempotency-Key was already used with a different request.");
