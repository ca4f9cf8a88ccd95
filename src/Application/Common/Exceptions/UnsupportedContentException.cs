namespace PosVendas.Application.Common.Exceptions;

/// <summary>A file whose content is not an allowed type, or does not match its name or declared type (415).</summary>
public sealed class UnsupportedContentException(string message) : Exception(message);
