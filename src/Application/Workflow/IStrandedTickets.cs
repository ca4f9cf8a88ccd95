using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Workflow;

/// <summary>
/// The tickets a flow change left behind. When a service type's own flow gains a category's default, its tickets still
/// holding a status of the tenant's flow in that category move into the new flow, in the same transaction. Workflow
/// knows nothing of tickets; the Tickets module does the moving (<c>Tickets.StrandedTickets</c>).
/// </summary>
public interface IStrandedTickets
{
    /// <summary>Moves the tickets of <paramref name="flow"/>'s service type that hold a status of another flow into it.</summary>
    Task MoveIntoAsync(StatusFlow flow, CancellationToken cancellationToken);
}
