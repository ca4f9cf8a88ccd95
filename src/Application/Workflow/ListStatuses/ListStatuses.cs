using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Workflow.ListStatuses;

/// <summary>
/// The statuses of the tenant's flows, active or not; one service type's flow when it is given. Admins configure them;
/// agents read them to move tickets.
/// </summary>
public sealed record ListStatusesQuery(Guid? ServiceTypeId) : IQuery<StatusListResponse>;

public sealed record StatusListResponse(IReadOnlyList<StatusAdminDto> Items) : WholeListResponse<StatusAdminDto>(Items);

internal sealed class ListStatusesHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListStatusesQuery, StatusListResponse>
{
    public async ValueTask<StatusListResponse> Handle(ListStatusesQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireStaff();
        var statuses = db.TicketStatuses.AsNoTracking();
        if (query.ServiceTypeId is { } serviceTypeId)
        {
            statuses = statuses.Where(s => s.ServiceTypeId == serviceTypeId);
        }

        var items = await statuses
            .OrderBy(s => s.ServiceTypeId)
            .ThenBy(s => s.SortOrder)
            .ThenBy(s => s.Name)
            .ToListAsync(cancellationToken);
        return new StatusListResponse([.. items.Select(StatusAdminDto.From)]);
    }
}
