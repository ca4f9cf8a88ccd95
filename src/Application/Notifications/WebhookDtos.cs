using PosVendas.Application.Common.Responses;
using PosVendas.Domain.Notifications;

namespace PosVendas.Application.Notifications;

/// <summary>A registered endpoint; its secret is never shown again.</summary>
public sealed record WebhookEndpointDto(Guid Id, string Url, IReadOnlyList<string> EventTypes, bool IsActive, DateTimeOffset CreatedAt)
{
    public static WebhookEndpointDto From(WebhookEndpoint endpoint) =>
        new(endpoint.Id, endpoint.Url, endpoint.EventTypes, endpoint.IsActive, endpoint.CreatedAt);
}

public sealed record WebhookEndpointListResponse(IReadOnlyList<WebhookEndpointDto> Items) : WholeListResponse<WebhookEndpointDto>(Items);

public sealed record WebhookDeliveryDto(Guid DeliveryId, string EventType, int Attempt, int? StatusCode, string? Error, bool Succeeded, DateTimeOffset AttemptedAt);

public sealed record WebhookDeliveryListResponse(IReadOnlyList<WebhookDeliveryDto> Items) : WholeListResponse<WebhookDeliveryDto>(Items);
