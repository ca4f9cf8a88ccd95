using FluentValidation;
using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Localization;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Tickets.ListMyTickets;

/// <summary>
/// The customer's tickets, newest first, one page at a time: "Chamados abertos" is <c>State = Open</c>, the concluded
/// ones <c>State = Closed</c>. Filters combine: a ticket is listed when it matches every one given.
/// </summary>
public sealed record ListMyTicketsQuery(
    Guid? StatusId,
    string? Cursor,
    int Limit = ListMyTicketsQuery.DefaultLimit,
    IReadOnlyList<StatusCategory>? Categories = null,
    TicketState? State = null)
    : IQuery<TicketListResponse>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

/// <summary>Whether a ticket is still being worked on (<c>state</c>: <c>open</c>, <c>closed</c>).</summary>
public enum TicketState
{
    /// <summary>In a status of any category but closed.</summary>
    Open,

    /// <summary>In a status of the closed category.</summary>
    Closed,
}

public sealed record TicketListResponse(IReadOnlyList<TicketSummaryDto> Items, string? NextCursor);

internal sealed class ListMyTicketsQueryValidator : AbstractValidator<ListMyTicketsQuery>
{
    public ListMyTicketsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListMyTicketsQuery.MaxLimit);
        RuleForEach(q => q.Categories).IsInEnum();
        RuleFor(q => q.State).IsInEnum();
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

        var categories = CategoriesOf(query);
        if (categories is { Count: 0 })
        {
            return new TicketListResponse([], null); // the filters exclude each other (category=closed&state=open)
        }

        var page = await reader.ReadPageAsync(
            new TicketListPage(tenantId, customerId, currentUser.Locale, query.StatusId, categories, beforeNumber, query.Limit + 1),
            cancellationToken);

        var hasMore = page.Count > query.Limit;
        var items = hasMore ? page.Take(query.Limit).ToList() : page;
        return new TicketListResponse(items, hasMore ? TicketCursor.Encode(items[^1].Number) : null);
    }

    /// <summary>The categories the filters allow, or null when they allow every one.</summary>
    private static HashSet<StatusCategory>? CategoriesOf(ListMyTicketsQuery query)
    {
        if (query.Categories is not { Count: > 0 } && query.State is null)
        {
            return null;
        }

        var categories = query.Categories is { Count: > 0 } asked ? [.. asked] : Enum.GetValues<StatusCategory>().ToHashSet();
        if (query.State == TicketState.Open)
        {
            categories.Remove(StatusCategory.Closed);
        }
        else if (query.State == TicketState.Closed)
        {
            categories.IntersectWith([StatusCategory.Closed]);
        }

        return categories;
    }
}
