using PosVendas.Application.Common.Exceptions;
using PosVendas.Domain.Common;
using PosVendas.Domain.Tickets.Rules;

namespace PosVendas.Application.Tickets;

/// <summary>What a customer is told when they answer or confirm a ticket that is not theirs.</summary>
internal static class SharedTickets
{
    /// <summary>
    /// For a ticket another owner shared with the customer's unit, the rule that only its opener answers it (they see
    /// the ticket, so "not found" would be wrong); for any other, 404.
    /// </summary>
    public static async Task<Exception> RefusalAsync(ITicketCommandReads reads, Guid tenantId, int number, Guid customerId, CancellationToken cancellationToken) =>
        await reads.IsSharedWithCustomerAsync(tenantId, number, customerId, cancellationToken)
            ? new BusinessRuleValidationException(new OnlyTheOpenerAnswersRule(callerOpenedIt: false))
            : new NotFoundException(Resource.Ticket, number);
}
