using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Data;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Workflow.ListStatusLabels;

/// <summary>
/// The statuses of the caller's tenant's flows as customers read them, for a portal's filters and legends: the label
/// in the caller's language, the category, the flow (service type, null for the tenant's) and the order.
/// </summary>
public sealed record ListStatusLabelsQuery : IQuery<StatusLabelListResponse>;

/// <param name="Id">The status.</param>
/// <param name="Name">Its label in the caller's language.</param>
/// <param name="Category">new, open, pending, on_hold, solved or closed.</param>
/// <param name="ServiceTypeId">The service type whose own flow it belongs to; null for the tenant's flow.</param>
/// <param name="SortOrder">Its position within its flow.</param>
/// <param name="IsActive">False for a status no ticket can move to any more; tickets may still be in it.</param>
public sealed record StatusLabelDto(Guid Id, string Name, StatusCategory Category, Guid? ServiceTypeId, int SortOrder, bool IsActive);

public sealed record StatusLabelListResponse(IReadOnlyList<StatusLabelDto> Items) : WholeListResponse<StatusLabelDto>(Items);

internal sealed class ListStatusLabelsHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListStatusLabelsQuery, StatusLabelListResponse>
{
    public async ValueTask<StatusLabelListResponse> Handle(ListStatusLabelsQuery query, CancellationToken cancellationToken)
    {
        var statuses = await db.TicketStatuses
            .AsNoTracking()
            .OrderBy(s => s.ServiceTypeId)
            .ThenBy(s => s.SortOrder)
            .ThenBy(s => s.Name)
            .ToListAsync(cancellationToken);
        return new StatusLabelListResponse(
            [.. statuses.Select(s => new StatusLabelDto(s.Id, s.Label.For(currentUser.Locale), s.Category, s.ServiceTypeId, s.SortOrder, s.IsActive))]);
    }
}
