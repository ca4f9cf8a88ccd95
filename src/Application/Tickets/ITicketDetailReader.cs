namespace PosVendas.Application.Tickets;

/// <summary>
/// A ticket with everything its detail shows, for customers and staff alike: in a fixed number of statements whatever
/// the length of its conversation, each compiled once, since the detail is read on every ticket view (ADR 0006).
/// </summary>
public interface ITicketDetailReader
{
    /// <summary>
    /// The customer's ticket numbered <paramref name="number"/> as they see it: service type, subject and statuses by
    /// their label in <paramref name="locale"/>; no internal notes and none of their files. Null when the customer has
    /// no ticket by that number.
    /// </summary>
    Task<TicketDetailResponse?> ReadForCustomerAsync(Guid customerId, int number, string locale, CancellationToken cancellationToken);

    /// <summary>
    /// The ticket numbered <paramref name="number"/> as staff see it: internal names, internal notes, the customer and
    /// the status history. Null when the tenant has no such ticket in <paramref name="departmentIds"/> (null: any).
    /// </summary>
    Task<StaffTicketResponse?> ReadForStaffAsync(IReadOnlyList<Guid>? departmentIds, int number, CancellationToken cancellationToken);
}
