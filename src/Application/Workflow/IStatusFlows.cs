using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Workflow;

/// <summary>
/// Loads status flows, the tenant's statuses grouped as <see cref="StatusFlow"/>s. The flows an admin changes
/// (<see cref="ExactlyAsync"/>, <see cref="ForStatusAsync"/>) are tracked so that the command's transaction saves
/// what changes; the flows a ticket's commands only read (<see cref="ForServiceTypeAsync"/>,
/// <see cref="ForTicketAsync"/>) are not. A ticket follows its service type's own flow when that has statuses, else
/// the tenant's.
/// </summary>
public interface IStatusFlows
{
    /// <summary>The flow tickets of <paramref name="serviceTypeId"/> follow (null: the tenant-wide flow).</summary>
    Task<StatusFlow> ForServiceTypeAsync(Guid? serviceTypeId, CancellationToken cancellationToken);

    /// <summary>
    /// The flow a ticket follows and the status it is in, in one read: a ticket's status is its tenant's, tenant-wide
    /// or its service type's own, so it is among the statuses read for the flow.
    /// </summary>
    Task<(StatusFlow Flow, TicketStatus Current)> ForTicketAsync(Guid serviceTypeId, Guid statusId, CancellationToken cancellationToken);

    /// <summary>
    /// The tenant's status <paramref name="statusId"/>, of whichever flow, to move a ticket to; 404 when the tenant has
    /// none by that id. Whether the ticket may take it is the ticket's rule to decide.
    /// </summary>
    Task<TicketStatus> StatusAsync(Guid statusId, CancellationToken cancellationToken);

    /// <summary>The status <paramref name="statusId"/> and the flow it belongs to, for editing; 404 when not the tenant's.</summary>
    Task<(StatusFlow Flow, TicketStatus Status)> ForStatusAsync(Guid statusId, CancellationToken cancellationToken);

    /// <summary>Exactly the statuses scoped to <paramref name="serviceTypeId"/> (null: the tenant-wide ones), for editing.</summary>
    Task<StatusFlow> ExactlyAsync(Guid? serviceTypeId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes "no longer the default" for <paramref name="previousDefault"/> ahead of the other changes: the
    /// database allows one default per category at every moment, and EF does not promise an order for its updates.
    /// </summary>
    Task ReleaseDefaultAsync(TicketStatus? previousDefault, TicketStatus newDefault, CancellationToken cancellationToken);
}
