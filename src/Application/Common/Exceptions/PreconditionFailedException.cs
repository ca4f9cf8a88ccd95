namespace PosVendas.Application.Common.Exceptions;

/// <summary>The client changed a resource from a version that is no longer current (412).</summary>
/// <param name="resource">What changed since the client read it: a ticket, or the tenant's settings.</param>
public sealed class PreconditionFailedException(VersionedResource resource = VersionedResource.Ticket)
    : Exception($"The {resource} changed since the client read it.")
{
    public VersionedResource Resource { get; } = resource;
}

/// <summary>What a client changes from the version it read (<c>If-Match</c>), each with its own 412 and 428 texts.</summary>
public enum VersionedResource
{
    Ticket,
    TenantSettings,
}
