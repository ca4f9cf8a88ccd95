namespace PosVendas.Application.Tickets;

/// <summary>Hands out ticket numbers 1, 2, 3… per tenant, never twice, also under concurrent creation.</summary>
public interface ITicketNumberAllocator
{
    /// <summary>Takes the tenant's next number inside the current transaction, which holds it until commit.</summary>
    Task<int> NextAsync(Guid tenantId, CancellationToken cancellationToken);
}
