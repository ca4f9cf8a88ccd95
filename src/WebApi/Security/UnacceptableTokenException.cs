namespace PosVendas.WebApi.Security;

/// <summary>A token that validated cryptographically but that PosVendas cannot accept; its message is safe to show.</summary>
internal sealed class UnacceptableTokenException(string message) : Exception(message);
