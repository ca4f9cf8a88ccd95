using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.UnitTests.Tickets;

internal static class TicketTestExtensions
{
    /// <summary>Puts the ticket in <paramref name="status"/> the way staff do, through the domain.</summary>
    public static Ticket MovedTo(this Ticket ticket, TicketStatus status, StatusFlow flow)
    {
        ticket.ChangeStatus(status, flow, CommentAuthor.Staff("agent-1", "Bruno"), ticket.CreatedAt);
        return ticket;
    }
}
