namespace PosVendas.Application.Tickets;

/// <summary>
/// The customer's ticket with everything its detail shows, in a fixed number of statements whatever the length of its
/// conversation, since the detail is read on every ticket view (ADR 0021).
/// </summary>
public interface ITicketDetailReader
{
    /// <summary>
    /// The ticket numbered <paramref name="number"/> of <paramref name="customerId"/> in <paramref name="tenantId"/> as
    /// the customer sees it: service type, subject and statuses by their label in <paramref name="locale"/>; no internal
    /// notes and none of their files. Null when the customer has no ticket by that number.
    /// </summary>
    Task<TicketDetailResponse?> ReadForCustomerAsync(Guid tenantId, Guid customerId, int number, string locale, CancellationToken cancellationToken);
}
