using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.UnitTests.Tickets;

internal static class TicketTestExtensions
{
    /// <summary>
    /// Puts the ticket in <paramref name="status"/> the way EF Core materialises a stored ticket. The domain has no
    /// status transition yet (staff move tickets outside it), so this is the only way to reach a non-initial status.
    /// </summary>
    public static Ticket MovedTo(this Ticket ticket, TicketStatus status)
    {
        typeof(Ticket).GetProperty(nameof(Ticket.StatusId))!.SetValue(ticket, status.Id);
        return ticket;
    }
}
