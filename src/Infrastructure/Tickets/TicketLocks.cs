using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Tickets;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Tickets;

internal sealed class TicketLocks(AppDbContext db) : ITicketLocks
{
    public Task LockAsync(Guid tenantId, int number, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM tickets.tickets WHERE tenant_id = {tenantId} AND number = {number} FOR UPDATE",
            cancellationToken);
}
