using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Localization;
using PosVendas.Application.Common.Exceptions;

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
    public async ValueTask<TicketListResponse> Handle(ListMyTicketsQuery query, CancellationToken cancellationToken)
    {
        var customerId = currentUser.CustomerId ?? throw new ForbiddenAccessException();

        // Keyset pagination over the (tenant_id, customer_id, number DESC) index.
        var tickets = db.Tickets.Where(t => t.CustomerId == customerId);
        if (query.StatusId is { } statusId)
        {
            tickets = tickets.Where(t => t.StatusId == statusId);
        }

        if (TicketCursor.TryDecode(query.Cursor, out var lastNumber))
        {
            tickets = tickets.Where(t => t.Number < lastNumber);
        }

        // The page of tickets is cut first, then joined to its labels: the planner reads limit + 1 index entries
        // however deep the cursor is, instead of joining every remaining ticket of the customer and sorting them.
        var pageOfTickets = tickets.OrderByDescending(t => t.Number).Take(query.Limit + 1);
        var page = await (
                from t in pageOfTickets
                join serviceType in db.ServiceTypes on t.ServiceTypeId equals serviceType.Id
                join subject in db.Subjects on t.SubjectId equals subject.Id
                join status in db.TicketStatuses on t.StatusId equals status.Id
                orderby t.Number descending
                select new
                {
                    t.Number,
                    ServiceType = new CatalogRow(serviceType.Id, serviceType.Name, serviceType.Label),
                    Subject = new CatalogRow(subject.Id, subject.Name, subject.Label),
                    Status = new StatusRow(status.Id, status.Name, status.Label, status.Category),
                    t.CreatedAt,
                    t.LastActivityAt,
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

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
