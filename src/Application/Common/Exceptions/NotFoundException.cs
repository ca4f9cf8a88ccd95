namespace PosVendas.Application.Common.Exceptions;

/// <summary>What a caller can look for and not find: each has its "not found" text in every language.</summary>
public enum Resource
{
    Ticket,
    Comment,
    Attachment,
    Subject,
    ServiceType,
    Department,
    Status,
    Webhook,
    OutboxMessage,
    Tenant,
    Development,
    Building,
    Unit,
    CommonArea,
    Occupancy,
    WarrantyCatalog,
    WarrantyVersion,
}

/// <summary>The resource does not exist for this caller: missing, another customer's, or another tenant's alike.</summary>
public sealed class NotFoundException(Resource resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    /// <summary>What was looked for; the problem's detail is its "not found" text.</summary>
    public Resource Resource { get; } = resource;

    /// <summary>The number or id the caller sent.</summary>
    public object Key { get; } = key;
}
