namespace PosVendas.Application.Workflow;

/// <summary>
/// Whether tickets use a status. Workflow knows nothing of tickets; the Tickets module answers
/// (<c>Tickets.TicketStatusUsage</c>), so the dependency points from tickets to their workflow only.
/// </summary>
public interface IStatusUsage
{
    /// <summary>True when a ticket has the status, or its history shows it had it.</summary>
    Task<bool> IsInUseAsync(Guid statusId, CancellationToken cancellationToken);
}
