using PosVendas.Domain.Catalog;
using PosVendas.Domain.Tickets;

namespace PosVendas.Application.Tickets;

/// <summary>
/// The reads of the busiest ticket commands, compiled once (ADR 0006): a profile showed building and looking up their
/// small LINQ queries as a tenth of an opening's CPU and a sixth of a reply's, spent while the tenant's number or the
/// ticket's lock is held. What a command only reads comes back untracked, so that saving does not compare it again.
/// </summary>
public interface ITicketCommandReads
{
    /// <summary>
    /// The tenant's subject with its service type, untracked, to open a ticket for; null when it has none by that id.
    /// </summary>
    Task<Subject?> SubjectWithServiceTypeAsync(Guid subjectId, CancellationToken cancellationToken);

    /// <summary>
    /// The customer's ticket numbered <paramref name="number"/>, to reply to or confirm; null when they have none by
    /// that number. Only what its conversation adds is saved (new comments and status changes, its status and last
    /// activity): the unit of work writes them by hand (ADR 0024).
    /// </summary>
    Task<Ticket?> CustomersTicketAsync(int number, Guid customerId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the tenant's ticket numbered <paramref name="number"/>, not the customer's own, was shared with a unit
    /// they own or co-own: they see it, and are told why they may not answer it rather than that it does not exist.
    /// </summary>
    Task<bool> IsSharedWithCustomerAsync(Guid tenantId, int number, Guid customerId, CancellationToken cancellationToken);

    /// <summary>
    /// Locks, until the command's transaction ends, up to <paramref name="take"/> of the tenant's solved tickets quiet
    /// since before <paramref name="quietSince"/>, oldest first, skipping those another transaction holds: jobs on several
    /// instances close disjoint sets. Returns their ids.
    /// </summary>
    Task<IReadOnlyList<Guid>> LockSolvedQuietSinceAsync(Guid tenantId, DateTimeOffset quietSince, int take, CancellationToken cancellationToken);
}
