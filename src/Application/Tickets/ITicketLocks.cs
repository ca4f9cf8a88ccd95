namespace PosVendas.Application.Tickets;

/// <summary>Serializes the changes to one ticket: a reply and a status change arriving together queue, not conflict.</summary>
public interface ITicketLocks
{
    /// <summary>
    /// Locks the tenant's ticket with this number, if there is one, until the current transaction ends. Take it
    /// before loading the ticket, so the loaded version is the one the change will be saved over.
    /// </summary>
    Task LockAsync(Guid tenantId, int number, CancellationToken cancellationToken);
}
