using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Notifications.ListWebhookDeliveries;

/// <summary>An endpoint's delivery log, newest first: every attempt with its status code and time.</summary>
public sealed record ListWebhookDeliveriesQuery(Guid EndpointId) : IQuery<WebhookDeliveryListResponse>;

internal sealed class ListWebhookDeliveriesHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListWebhookDeliveriesQuery, WebhookDeliveryListResponse>
{
    private const int MaxItems = 200;

    public async ValueTask<WebhookDeliveryListResponse> Handle(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        if (!await db.WebhookEndpoints.AnyAsync(e => e.Id == query.EndpointId, cancellationToken))
        {
            throw new NotFoundException(Resource.Webhook, query.EndpointId);
        }

        var deliveries = await db.WebhookDeliveries
            .AsNoTracking()
            .Where(d => d.EndpointId == query.EndpointId)
            .OrderByDescending(d => d.AttemptedAt)
            .ThenByDescending(d => d.Id)
            .Take(MaxItems)
            .Select(d => new WebhookDeliveryDto(d.MessageId, d.EventType, d.Attempt, d.StatusCode, d.Error, d.Succeeded, d.AttemptedAt))
            .ToListAsync(cancellationToken);
        return new WebhookDeliveryListResponse(deliveries);
    }
}
