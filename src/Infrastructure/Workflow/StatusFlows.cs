using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Workflow;
using PosVendas.Domain.Workflow;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Workflow;

/// <inheritdoc cref="IStatusFlows"/>
internal sealed class StatusFlows(AppDbContext db, ICurrentUser currentUser) : IStatusFlows
{
    public async Task<StatusFlow> ForServiceTypeAsync(Guid? serviceTypeId, CancellationToken cancellationToken) =>
        FlowOf(serviceTypeId, await Candidates(db, serviceTypeId).ToListAsync(cancellationToken));

    public async Task<(StatusFlow Flow, TicketStatus Current)> ForTicketAsync(Guid serviceTypeId, Guid statusId, CancellationToken cancellationToken)
    {
        var candidates = await Candidates(db, serviceTypeId).ToListAsync(cancellationToken);
        return (FlowOf(serviceTypeId, candidates), candidates.Single(s => s.Id == statusId));
    }

    private StatusFlow FlowOf(Guid? serviceTypeId, List<TicketStatus> candidates)
    {
        var tenantId = currentUser.TenantId ?? throw new ForbiddenAccessException();
        var own = candidates.Where(s => s.ServiceTypeId is not null).ToList();
        return own.Count > 0
            ? new StatusFlow(tenantId, serviceTypeId, own)
            : new StatusFlow(tenantId, null, candidates.Where(s => s.ServiceTypeId is null));
    }

    public async Task<TicketStatus> StatusAsync(Guid statusId, CancellationToken cancellationToken) =>
        await db.TicketStatuses.SingleOrDefaultAsync(s => s.Id == statusId, cancellationToken)
        ?? throw new NotFoundException(Resource.Status, statusId);

    public async Task ReleaseDefaultAsync(TicketStatus? previousDefault, TicketStatus newDefault, CancellationToken cancellationToken)
    {
        if (previousDefault is null || previousDefault == newDefault || !newDefault.IsDefault)
        {
            return;
        }

        await db.TicketStatuses
            .Where(s => s.Id == previousDefault.Id)
            .ExecuteUpdateAsync(update => update.SetProperty(s => s.IsDefault, false), cancellationToken);
    }

    public async Task<(StatusFlow Flow, TicketStatus Status)> ForStatusAsync(Guid statusId, CancellationToken cancellationToken)
    {
        var scope = await db.TicketStatuses
            .Where(s => s.Id == statusId)
            .Select(s => new { s.ServiceTypeId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Resource.Status, statusId);
        var flow = await ExactlyAsync(scope.ServiceTypeId, cancellationToken);
        return (flow, flow.Statuses.Single(s => s.Id == statusId));
    }

    public async Task<StatusFlow> ExactlyAsync(Guid? serviceTypeId, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.TenantId ?? throw new ForbiddenAccessException();
        var statuses = await db.TicketStatuses.Where(s => s.ServiceTypeId == serviceTypeId).ToListAsync(cancellationToken);
        return new StatusFlow(tenantId, serviceTypeId, statuses);
    }

    /// <summary>
    /// The tenant-wide statuses and the service type's own, compiled once: every opening, reply and status change
    /// reads them (ADR 0006). Keeps the tenant filter. Not tracked: a ticket's commands read the flow and never change
    /// it, and each tracked status would be compared again when the command saves.
    /// </summary>
    private static readonly Func<AppDbContext, Guid?, IAsyncEnumerable<TicketStatus>> Candidates =
        EF.CompileAsyncQuery((AppDbContext db, Guid? serviceTypeId) =>
            db.TicketStatuses.AsNoTracking().Where(s => s.ServiceTypeId == null || s.ServiceTypeId == serviceTypeId));
}
