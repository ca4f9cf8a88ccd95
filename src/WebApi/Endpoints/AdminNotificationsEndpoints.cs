using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PosVendas.Application.Notifications;
using PosVendas.Application.Notifications.DeactivateWebhook;
using PosVendas.Application.Notifications.ListOutboxMessages;
using PosVendas.Application.Notifications.ListWebhookDeliveries;
using PosVendas.Application.Notifications.ListWebhooks;
using PosVendas.Application.Notifications.RedeliverOutboxMessage;
using PosVendas.Application.Notifications.RegisterWebhook;
using PosVendas.Domain.Notifications;
using PosVendas.WebApi.Idempotency;
using PosVendas.WebApi.OpenApi;

namespace PosVendas.WebApi.Endpoints;

/// <summary>Notifications, for the tenant's admins: the deliveries of the outbox, and partners' webhook endpoints.</summary>
internal static class AdminNotificationsEndpoints
{
    public static IEndpointRouteBuilder MapAdminNotificationsEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapAdminGroup();

        var outbox = admin.MapGroup("/outbox").WithTags("AdminNotifications");

        outbox.MapGet("/", ListOutboxMessages)
            .WithName("ListOutboxMessages")
            .WithSummary("List notification deliveries by status: dead (default), pending or delivered.")
            .ProducesValidationProblem();

        outbox.MapPost("/{id:guid}/redeliver", RedeliverOutboxMessage)
            .WithName("RedeliverOutboxMessage")
            .WithSummary("Send a dead delivery again, with a fresh set of attempts.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var webhooks = admin.MapGroup("/webhooks").WithTags("AdminWebhooks");

        webhooks.MapGet("/", ListWebhooks)
            .WithName("ListWebhooks")
            .WithSummary("List the webhook endpoints (secrets are never shown).");

        webhooks.MapPost("/", RegisterWebhook)
            .WithIdempotency()
            .WithName("RegisterWebhook")
            .ProducesHeaders(StatusCodes.Status201Created, ResponseHeaders.Location)
            .WithSummary("Register an https endpoint for ticket events, signed with HMAC-SHA256 using the secret.")
            .ProducesValidationProblem();

        webhooks.MapPost("/{id:guid}/deactivate", DeactivateWebhook)
            .WithName("DeactivateWebhook")
            .WithSummary("Stop sending events to an endpoint.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        webhooks.MapGet("/{id:guid}/deliveries", ListWebhookDeliveries)
            .WithName("ListWebhookDeliveries")
            .WithSummary("Read an endpoint's delivery log: every attempt with its status code and time, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    /// <param name="mediator">The mediator.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <param name="status">Which deliveries: dead (failed for good, the default), pending or delivered.</param>
    private static async Task<Ok<OutboxMessageListResponse>> ListOutboxMessages(
        IMediator mediator,
        CancellationToken cancellationToken,
        [WireEnum(typeof(OutboxStatus))] string? status = null) =>
        TypedResults.Ok(await mediator.Send(new ListOutboxMessagesQuery(status), cancellationToken));

    private static async Task<Ok<OutboxMessageDto>> RedeliverOutboxMessage(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RedeliverOutboxMessageCommand(id), cancellationToken));

    private static async Task<Ok<WebhookEndpointListResponse>> ListWebhooks(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListWebhooksQuery(), cancellationToken));

    private static async Task<Created<WebhookEndpointDto>> RegisterWebhook(WebhookRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var endpoint = await mediator.Send(new RegisterWebhookCommand(request.Url, request.Secret, request.EventTypes), cancellationToken);
        return TypedResults.Created($"/api/v1/admin/webhooks/{endpoint.Id}", endpoint);
    }

    private static async Task<Ok<WebhookEndpointDto>> DeactivateWebhook(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new DeactivateWebhookCommand(id), cancellationToken));

    private static async Task<Ok<WebhookDeliveryListResponse>> ListWebhookDeliveries(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListWebhookDeliveriesQuery(id), cancellationToken));
}

/// <param name="Url">The partner's https URL.</param>
/// <param name="Secret">The HMAC-SHA256 key (16 to 200 characters) the partner verifies signatures with.</param>
/// <param name="EventTypes">ticket.opened, ticket.staff_replied, ticket.customer_replied, ticket.status_changed.</param>
internal sealed record WebhookRequest(string? Url, string? Secret, IReadOnlyList<string>? EventTypes);
