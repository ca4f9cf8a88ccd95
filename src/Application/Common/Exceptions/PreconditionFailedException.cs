namespace PosVendas.Application.Common.Exceptions;

/// <summary>The client changed a resource from a version that is no longer current (412).</summary>
public sealed class PreconditionFailedException()
    : Exception("The ticket changed since you read it. Read it again (for its new ETag) and retry.");
