using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;

namespace PosVendas.Application.Tickets.GetTicket;

/// <summary>
/// One of the caller's tickets with its conversation and a timeline of replies and status changes, oldest first.
/// Internal notes, and files attached to them, are staff-only and never appear here.
/// </summary>
public sealed record GetTicketQuery(int Number) : IQuery<TicketDetailResponse>;

internal sealed class GetTicketHandler(ITicketDetailReader tickets, ICurrentUser currentUser)
    : IQueryHandler<GetTicketQuery, TicketDetailResponse>
{
    public async ValueTask<TicketDetailResponse> Handle(GetTicketQuery query, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.TenantId ?? throw new ForbiddenAccessException();
        var customerId = currentUser.CustomerId ?? throw new ForbiddenAccessException();
        return await tickets.ReadForCustomerAsync(tenantId, customerId, query.Number, currentUser.Locale, cancellationToken)
            ?? throw new NotFoundException(Resource.Ticket, query.Number);
    }
}
