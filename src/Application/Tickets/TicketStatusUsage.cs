using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Data;
using PosVendas.Application.Workflow;

namespace PosVendas.Application.Tickets;

/// <inheritdoc cref="IStatusUsage"/>
internal sealed class TicketStatusUsage(IApplicationDbContext db) : IStatusUsage
{
    public async Task<bool> IsInUseAsync(Guid statusId, CancellationToken cancellationToken) =>
        await db.Tickets.AnyAsync(t => t.StatusId == statusId, cancellationToken)
        || await db.TicketStatusChanges.AnyAsync(c => c.FromStatusId == statusId || c.ToStatusId == statusId, cancellationToken);
}
