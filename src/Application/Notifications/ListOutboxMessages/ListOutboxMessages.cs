using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;
using PosVendas.Domain.Notifications;

namespace PosVendas.Application.Notifications.ListOutboxMessages;

/// <summary>The tenant's outbox messages in one status (default: dead), newest first, for admins to inspect.</summary>
public sealed record ListOutboxMessagesQuery(string? Status) : IQuery<OutboxMessageListResponse>;

public sealed record OutboxMessageDto(
    Guid Id,
    OutboxChannel Channel,
    string Type,
    string Recipient,
    OutboxStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    string? LastError)
{
    public static OutboxMessageDto From(OutboxMessage message) => new(
        message.Id, message.Channel, message.Type, message.Recipient, message.Status, message.Attempts,
        message.CreatedAt, message.NextAttemptAt, message.DeliveredAt, message.LastError);
}

public sealed record OutboxMessageListResponse(IReadOnlyList<OutboxMessageDto> Items) : WholeListResponse<OutboxMessageDto>(Items);

internal sealed class ListOutboxMessagesQueryValidator : AbstractValidator<ListOutboxMessagesQuery>
{
    public ListOutboxMessagesQueryValidator()
    {
        RuleFor(q => q.Status)
            .Must(status => status is null || OutboxStatuses.ByName.ContainsKey(status))
            .WithMessage(_ => Texts.MustBeOneOf.Get("{PropertyName}", string.Join(", ", OutboxStatuses.ByName.Keys)));
    }
}

internal sealed class ListOutboxMessagesHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListOutboxMessagesQuery, OutboxMessageListResponse>
{
    private const int MaxItems = 200;

    public async ValueTask<OutboxMessageListResponse> Handle(ListOutboxMessagesQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var status = OutboxStatuses.ByName[query.Status ?? "dead"];
        var messages = await db.OutboxMessages
            .AsNoTracking()
            .Where(m => m.Status == status)
            .OrderByDescending(m => m.CreatedAt)
            .Take(MaxItems)
            .ToListAsync(cancellationToken);
        return new OutboxMessageListResponse([.. messages.Select(OutboxMessageDto.From)]);
    }
}

internal static class OutboxStatuses
{
    public static IReadOnlyDictionary<string, OutboxStatus> ByName { get; } = Enum.GetValues<OutboxStatus>()
        .ToDictionary(status => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString()));
}
