using FluentValidation;
using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Localization;

namespace PosVendas.Application.Tickets.ListMyTickets;

/// <summary>The customer's tickets, newest first, one page at a time ("Chamados abertos").</summary>
public sealed record ListMyTicketsQuery(Guid? StatusId, string? Cursor, int Limit = ListMyTicketsQuery.DefaultLimit)
    : IQuery<TicketListResponse>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

public sealed record TicketListResponse(IReadOnlyList<TicketSummaryDto> Items, string? NextCursor);

internal sealed class ListMyTicketsQueryValidator : AbstractValidator<ListMyTicketsQuery>
{
    public ListMyTicketsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListMyTicketsQuery.MaxLimit);
        RuleFor(q => q.Cursor)
            .Must(cursor => TicketCursor.TryDecode(cursor, out _))
            .When(q => q.Cursor is not null)
            .WithMessage(_ => Texts.UnknownCursor.Get());
    }
}

internal sealed class ListMyTicketsHandler(ITicketListReader reader, ICurrentUser currentUser)
    : IQueryHandler<ListMyTicketsQuery, TicketListResponse>
{
    public async ValueTask<TicketListResponse> Handle(ListMyTicketsQuery query, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.TenantId ?? throw new ForbiddenAccessException();
        var customerId = currentUser.CustomerId ?? throw new ForbiddenAccessException();
        var beforeNumber = TicketCursor.TryDecode(query.Cursor, out var lastNumber) ? lastNumber : int.MaxValue;

        var page = await reader.ReadPageAsync(
            new TicketListPage(tenantId, customerId, currentUser.Locale, query.StatusId, beforeNumber, query.Limit + 1),
            cancellationToken);

        var hasMore = page.Count > query.Limit;
        var items = hasMore ? page.Take(query.Limit).ToList() : page;
        return new TicketListResponse(items, hasMore ? TicketCursor.Encode(items[^1].Number) : null);
    }
}
