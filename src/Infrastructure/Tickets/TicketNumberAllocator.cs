using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Tickets;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Tickets;

internal sealed class TicketNumberAllocator(AppDbContext db) : ITicketNumberAllocator
{
    public async Task<int> NextAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        // The upsert locks the tenant's row until the transaction ends, so concurrent openings in one tenant
        // take consecutive numbers one after the other, and a rolled-back opening gives its number back.
        var numbers = await db.Database
            .SqlQuery<int>($"""
                INSERT INTO tickets.ticket_number_sequences AS s (tenant_id, last_number)
                VALUES ({tenantId}, 1)
                ON CONFLICT (tenant_id) DO UPDATE SET last_number = s.last_number + 1
                RETURNING s.last_number AS "Value"
                """)
            .ToListAsync(cancellationToken);
        return numbers.Single();
    }
}
