using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Localization;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Common;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;

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
            .WithMessage(_ => Texts.Get("validation.cursor"));
    }
}

internal sealed class ListMyTicketsHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListMyTicketsQuery, TicketListResponse>
{
    /// <summary>
    /// One page of a customer's tickets, compiled once: the list is the most requested endpoint, and translating its
    /// LINQ on every request cost more than materializing the rows (docs/benchmarks.md). Keyset pagination over the
    /// (tenant_id, customer_id, number DESC) index; the first page asks for numbers below <see cref="int.MaxValue"/>.
    /// The page of tickets is cut first, then joined to its labels: the planner reads <c>take</c> index entries
    /// however deep the cursor is, instead of joining every remaining ticket of the customer and sorting them.
    /// </summary>
    private static readonly Func<DbContext, Guid, Guid?, int, int, IAsyncEnumerable<TicketListRow>> Page =
        EF.CompileAsyncQuery((DbContext db, Guid customerId, Guid? statusId, int beforeNumber, int take) =>
            from t in db.Set<Ticket>()
                .Where(t => t.CustomerId == customerId && t.Number < beforeNumber && (statusId == null || t.StatusId == statusId))
                .OrderByDescending(t => t.Number)
                .Take(take)
            join serviceType in db.Set<ServiceType>() on t.ServiceTypeId equals serviceType.Id
            join subject in db.Set<Subject>() on t.SubjectId equals subject.Id
            join status in db.Set<TicketStatus>() on t.StatusId equals status.Id
            orderby t.Number descending
            select new TicketListRow(
                t.Number,
                new CatalogRow(serviceType.Id, serviceType.Name, new LocalizedText(serviceType.Label.PtBr, serviceType.Label.En, serviceType.Label.Es)),
                new CatalogRow(subject.Id, subject.Name, new LocalizedText(subject.Label.PtBr, subject.Label.En, subject.Label.Es)),
                new StatusRow(status.Id, status.Name, new LocalizedText(status.Label.PtBr, status.Label.En, status.Label.Es), status.Category),
                t.CreatedAt,
                t.LastActivityAt));

    public async ValueTask<TicketListResponse> Handle(ListMyTicketsQuery query, CancellationToken cancellationToken)
    {
        var customerId = currentUser.CustomerId ?? throw new ForbiddenAccessException();
        var beforeNumber = TicketCursor.TryDecode(query.Cursor, out var lastNumber) ? lastNumber : int.MaxValue;

        var page = await Page(db.AsDbContext(), customerId, query.StatusId, beforeNumber, query.Limit + 1).ToListAsync(cancellationToken);

        var audience = Audience.Customer(currentUser.Locale);
        var hasMore = page.Count > query.Limit;
        var items = page
            .Take(query.Limit)
            .Select(row => new TicketSummaryDto(
                row.Number,
                row.ServiceType.For(audience),
                row.Subject.For(audience),
                row.Status.For(audience),
                row.CreatedAt,
                row.LastActivityAt))
            .ToList();
        return new TicketListResponse(items, hasMore ? TicketCursor.Encode(items[^1].Number) : null);
    }
}

internal sealed record TicketListRow(
    int Number, CatalogRow ServiceType, CatalogRow Subject, StatusRow Status, DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt);
