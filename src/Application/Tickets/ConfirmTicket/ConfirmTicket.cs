using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Workflow;
using PosVendas.Domain.Tickets;

namespace PosVendas.Application.Tickets.ConfirmTicket;

/// <summary>
/// The customer confirms that a solved ticket is done ("Confirmar"): it closes, as the customer's change. Replying
/// instead reopens it (<see cref="Ticket.AddReply"/>).
/// </summary>
public sealed record ConfirmTicketCommand(int Number) : ICommand<int>;

internal sealed class ConfirmTicketHandler(
    ITicketCommandReads reads,
    ICurrentUser currentUser,
    IStatusFlows flows,
    ITicketLocks locks,
    TimeProvider clock) : ICommandHandler<ConfirmTicketCommand, int>
{
    public async ValueTask<int> Handle(ConfirmTicketCommand command, CancellationToken cancellationToken)
    {
        var customerId = currentUser.CustomerId ?? throw new ForbiddenAccessException();

        var tenantId = currentUser.TenantId ?? throw new ForbiddenAccessException();
        await locks.LockAsync(tenantId, command.Number, cancellationToken);
        var ticket = await reads.CustomersTicketAsync(command.Number, customerId, cancellationToken)
            ?? throw await SharedTickets.RefusalAsync(reads, tenantId, command.Number, customerId, cancellationToken);
        var (flow, status) = await flows.ForTicketAsync(ticket.ServiceTypeId, ticket.StatusId, cancellationToken);

        // Signed with the caller's name as their token gives it; resolving the caller wrote it to the customer's row.
        var customerName = currentUser.Name ?? throw new ForbiddenAccessException();
        ticket.Confirm(CommentAuthor.Customer(customerId, customerName), status, flow, clock.GetUtcNow());
        return ticket.Number;
    }
}
