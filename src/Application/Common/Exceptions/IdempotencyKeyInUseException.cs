namespace PosVendas.Application.Common.Exceptions;

/// <summary>The first request with this <c>Idempotency-Key</c> is still running (409).</summary>
public sealed class IdempotencyKeyInUseException() : Exception("The first request with this Idempotency-Key is still running.");
