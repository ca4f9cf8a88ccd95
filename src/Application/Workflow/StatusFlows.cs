using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Workflow;

/// <summary>Loads the flow a ticket follows: its service type's own statuses when it has any, else the tenant's.</summary>
internal sealed class StatusFlows(IApplicationDbContext db, ICurrentUser currentUser)
{
    /// <param name="serviceTypeId">The ticket's service type; null for the tenant-wide flow.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<StatusFlow> ForServiceTypeAsync(Guid? serviceTypeId, CancellationToken cancellationToken) =>
        FlowOf(serviceTypeId, await Candidates(db.AsDbContext(), serviceTypeId).ToListAsync(cancellationToken));

    /// <summary>
    /// The flow a ticket follows and the status it is in, in one read: a ticket's status is its tenant's, tenant-wide
    /// or its service type's own, so it is among the statuses read for the flow.
    /// </summary>
    public async Task<(StatusFlow Flow, TicketStatus Current)> ForTicketAsync(Guid serviceTypeId, Guid statusId, CancellationToken cancellationToken)
    {
        var candidates = await Candidates(db.AsDbContext(), serviceTypeId).ToListAsync(cancellationToken);
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

    /// <summary>
    /// The tenant's status <paramref name="statusId"/>, of whichever flow, to move a ticket to; 404 when the tenant has
    /// none by that id. Whether the ticket may take it is the ticket's rule to decide.
    /// </summary>
    public async Task<TicketStatus> StatusAsync(Guid statusId, CancellationToken cancellationToken) =>
        await db.TicketStatuses.SingleOrDefaultAsync(s => s.Id == statusId, cancellationToken)
        ?? throw new NotFoundException(Resource.Status, statusId);

    /// <summary>
    /// Writes "no longer the default" for <paramref name="previousDefault"/> ahead of the other changes: the
    /// database allows one default per category at every moment, and EF does not promise an order for its updates.
    /// </summary>
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

    /// <summary>The status <paramref name="statusId"/> and the flow it belongs to, for editing; 404 when not the tenant's.</summary>
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

    /// <summary>Exactly the statuses scoped to <paramref name="serviceTypeId"/> (null: the tenant-wide ones), for editing.</summary>
    public async Task<StatusFlow> ExactlyAsync(Guid? serviceTypeId, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.TenantId ?? throw new ForbiddenAccessException();
        var statuses = await db.TicketStatuses.Where(s => s.ServiceTypeId == serviceTypeId).ToListAsync(cancellationToken);
        return new StatusFlow(tenantId, serviceTypeId, statuses);
    }

    /// <summary>
    /// The tenant-wide statuses and the service type's own, compiled once: every opening, reply and status change
    /// reads them (ADR 0006). Keeps the tenant filter.
    /// </summary>
    private static readonly Func<DbContext, Guid?, IAsyncEnumerable<TicketStatus>> Candidates =
        EF.CompileAsyncQuery((DbContext db, Guid? serviceTypeId) =>
            db.Set<TicketStatus>().Where(s => s.ServiceTypeId == null || s.ServiceTypeId == serviceTypeId));
}
