namespace PosVendas.Infrastructure.Persistence;

/// <summary>One database schema per module, and one for what belongs to the API itself (idempotency keys).</summary>
internal static class Schemas
{
    public const string Tenancy = "tenancy";
    public const string Catalog = "catalog";
    public const string Workflow = "workflow";
    public const string Tickets = "tickets";
    public const string Attachments = "attachments";
    public const string Notifications = "notifications";
    public const string Locations = "locations";
    public const string Warranty = "warranty";
    public const string Api = "api";
}
