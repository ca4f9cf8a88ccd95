using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Notifications.DeactivateWebhook;

/// <summary>Stops sending events to an endpoint; its delivery log stays readable.</summary>
public sealed record DeactivateWebhookCommand(Guid Id) : ICommand<WebhookEndpointDto>;

internal sealed class DeactivateWebhookHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<DeactivateWebhookCommand, WebhookEndpointDto>
{
    public async ValueTask<WebhookEndpointDto> Handle(DeactivateWebhookCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.Webhook, command.Id);
        endpoint.Deactivate();
        return WebhookEndpointDto.From(endpoint);
    }
}
