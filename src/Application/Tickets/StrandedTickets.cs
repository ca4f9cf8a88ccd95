using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Data;
using PosVendas.Application.Workflow;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Tickets;

/// <inheritdoc cref="IStrandedTickets"/>
internal sealed class StrandedTickets(IApplicationDbContext db, TimeProvider clock) : IStrandedTickets
{
    public async Task MoveIntoAsync(StatusFlow flow, CancellationToken cancellationToken)
    {
        if (flow.ServiceTypeId is not { } serviceTypeId)
        {
            return; // the tenant's flow is every service type's fallback: nothing is left outside it
        }

        var stranded = await (
                from ticket in db.Tickets
                join status in db.TicketStatuses on ticket.StatusId equals status.Id
                where ticket.ServiceTypeId == serviceTypeId && status.ServiceTypeId == null
                select new { Ticket = ticket, Status = status })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var row in stranded)
        {
            row.Ticket.MoveIntoFlow(row.Status, flow, now);
        }
    }
}
