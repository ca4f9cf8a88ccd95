using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Notifications.ListWebhooks;

public sealed record ListWebhooksQuery : IQuery<WebhookEndpointListResponse>;

internal sealed class ListWebhooksHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListWebhooksQuery, WebhookEndpointListResponse>
{
    public async ValueTask<WebhookEndpointListResponse> Handle(ListWebhooksQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var endpoints = await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.CreatedAt).ToListAsync(cancellationToken);
        return new WebhookEndpointListResponse([.. endpoints.Select(WebhookEndpointDto.From)]);
    }
}
