namespace PosVendas.Application.Common.Exceptions;

/// <summary>The blob store failed; nothing was recorded and the client may retry (503).</summary>
public sealed class StorageUnavailableException(Exception inner)
    : Exception("The file storage is unavailable right now. Nothing was saved; please try again shortly.", inner);
