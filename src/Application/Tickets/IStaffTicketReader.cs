namespace PosVendas.Application.Tickets;

/// <summary>
/// A ticket as staff see it, in a fixed number of statements whatever the length of its conversation, each compiled
/// once (ADR 0006).
/// </summary>
public interface IStaffTicketReader
{
    /// <summary>
    /// The ticket numbered <paramref name="number"/> as staff see it: internal names, internal notes, the customer and
    /// the status history. Null when the tenant has no such ticket in <paramref name="departmentIds"/> (null: any).
    /// </summary>
    Task<StaffTicketResponse?> ReadAsync(IReadOnlyList<Guid>? departmentIds, int number, CancellationToken cancellationToken);
}
