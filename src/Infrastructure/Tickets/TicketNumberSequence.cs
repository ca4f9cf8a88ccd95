namespace PosVendas.Infrastructure.Tickets;

/// <summary>The last ticket number handed out in a tenant (a row per tenant, created with its first ticket).</summary>
internal sealed class TicketNumberSequence
{
    public Guid TenantId { get; private set; }

    public int LastNumber { get; private set; }
}
