using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;

namespace PosVendas.Application.Tickets.GetStaffTicket;

/// <summary>A ticket of the staff member's scope with everything: internal notes and status history included.</summary>
public sealed record GetStaffTicketQuery(int Number) : IQuery<StaffTicketResponse>;

internal sealed class GetStaffTicketHandler(IStaffTicketReader tickets, ICurrentUser currentUser)
    : IQueryHandler<GetStaffTicketQuery, StaffTicketResponse>
{
    public async ValueTask<StaffTicketResponse> Handle(GetStaffTicketQuery query, CancellationToken cancellationToken) =>
        await tickets.ReadAsync(StaffScope.DepartmentsOf(currentUser), query.Number, cancellationToken)
        ?? throw new NotFoundException(Resource.Ticket, query.Number);
}
