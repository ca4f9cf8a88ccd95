using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Workflow;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Tickets.CloseUnconfirmedTickets;

/// <summary>
/// Closes up to <see cref="BatchSize"/> of the tenant's solved tickets that waited longer than its
/// <c>autoCloseSolvedAfterDays</c> without any activity: a job's command (<see cref="JobCaller"/>), each closing a
/// system change that the customer is e-mailed about. Returns how many it closed.
/// </summary>
public sealed record CloseUnconfirmedTicketsCommand(int BatchSize = 100) : ICommand<int>;

internal sealed class CloseUnconfirmedTicketsHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    ITicketCommandReads reads,
    IStatusFlows flows,
    TimeProvider clock) : ICommandHandler<CloseUnconfirmedTicketsCommand, int>
{
    public async ValueTask<int> Handle(CloseUnconfirmedTicketsCommand command, CancellationToken cancellationToken)
    {
        if (currentUser.Role != Roles.System || currentUser.TenantId is not { } tenantId)
        {
            throw new ForbiddenAccessException();
        }

        var days = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.AutoCloseSolvedAfterDays).SingleAsync(cancellationToken);
        if (days == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var ids = await reads.LockSolvedQuietSinceAsync(tenantId, now.AddDays(-days), command.BatchSize, cancellationToken);
        var tickets = await db.Tickets.Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var ticket in tickets)
        {
            // A flow without a closed status cannot close anything: its solved tickets wait for the customer or staff.
            var (flow, current) = await flows.ForTicketAsync(ticket.ServiceTypeId, ticket.StatusId, cancellationToken);
            if (flow.DefaultOf(StatusCategory.Closed) is { IsActive: true })
            {
                ticket.CloseUnconfirmed(current, flow, now);
                closed++;
            }
        }

        return closed;
    }
}
