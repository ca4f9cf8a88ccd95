namespace PosVendas.Application.Common.Exceptions;

/// <summary>The request carries more than a configured limit allows (413).</summary>
public sealed class PayloadTooLargeException(string message) : Exception(message);
