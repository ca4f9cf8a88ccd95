using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Tickets.ListMyTickets;
using PosVendas.Application.Workflow;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Tickets.ListTicketQueue;

/// <summary>The staff queue: the tickets of the caller's scope, filtered, newest first or by last activity.</summary>
/// <remarks>
/// <c>Waiting</c> is <c>on_us</c> (new or open) or <c>on_customer</c> (pending); <c>Sort</c> is <c>newest</c> (default)
/// or <c>last_activity</c>; <c>Category</c> is a status category in snake case (<c>on_hold</c>); <c>Search</c> is
/// full text over descriptions and comments, accents ignored.
/// </remarks>
public sealed record ListTicketQueueQuery(
    Guid? StatusId = null,
    string? Category = null,
    Guid? DepartmentId = null,
    Guid? ServiceTypeId = null,
    string? CustomerEmail = null,
    DateTimeOffset? OpenedFrom = null,
    DateTimeOffset? OpenedTo = null,
    string? Waiting = null,
    string? Sort = null,
    string? Cursor = null,
    int Limit = ListMyTicketsQuery.DefaultLimit,
    string? Search = null) : IQuery<TicketQueueResponse>
{
    public const string WaitingOnUs = "on_us";
    public const string WaitingOnCustomer = "on_customer";
    public const string SortNewest = "newest";
    public const string SortLastActivity = "last_activity";

    public bool SortsByLastActivity => Sort == SortLastActivity;
}

internal sealed class ListTicketQueueQueryValidator : AbstractValidator<ListTicketQueueQuery>
{
    public ListTicketQueueQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListMyTicketsQuery.MaxLimit);
        RuleFor(q => q.Category)
            .Must(category => category is null || StatusCategories.ByName.ContainsKey(category))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", StatusCategories.ByName.Keys)}.");
        RuleFor(q => q.Waiting)
            .Must(waiting => waiting is null or ListTicketQueueQuery.WaitingOnUs or ListTicketQueueQuery.WaitingOnCustomer)
            .WithMessage($"'{{PropertyName}}' must be {ListTicketQueueQuery.WaitingOnUs} or {ListTicketQueueQuery.WaitingOnCustomer}.");
        RuleFor(q => q.Sort)
            .Must(sort => sort is null or ListTicketQueueQuery.SortNewest or ListTicketQueueQuery.SortLastActivity)
            .WithMessage($"'{{PropertyName}}' must be {ListTicketQueueQuery.SortNewest} or {ListTicketQueueQuery.SortLastActivity}.");
        RuleFor(q => q.Cursor)
            .Must((query, cursor) => query.SortsByLastActivity ? QueueCursor.TryDecode(cursor, out _, out _) : TicketCursor.TryDecode(cursor, out _))
            .When(q => q.Cursor is not null)
            .WithMessage("'{PropertyName}' is not a cursor this API returned for this sort order.");
        RuleFor(q => q.Search).MaximumLength(200).OverridePropertyName("q");
        RuleFor(q => q.OpenedTo)
            .GreaterThanOrEqualTo(q => q.OpenedFrom)
            .When(q => q.OpenedFrom is not null && q.OpenedTo is not null);
    }
}

internal sealed class ListTicketQueueHandler(IApplicationDbContext db, ICurrentUser currentUser, ITicketSearch search)
    : IQueryHandler<ListTicketQueueQuery, TicketQueueResponse>
{
    public async ValueTask<TicketQueueResponse> Handle(ListTicketQueueQuery query, CancellationToken cancellationToken)
    {
        var rows =
            from t in db.Tickets.VisibleToStaff(currentUser)
            join serviceType in db.ServiceTypes on t.ServiceTypeId equals serviceType.Id
            join subject in db.Subjects on t.SubjectId equals subject.Id
            join department in db.Departments on t.DepartmentId equals department.Id
            join status in db.TicketStatuses on t.StatusId equals status.Id
            join customer in db.Customers on t.CustomerId equals customer.Id
            select new { t, serviceType, subject, department, status, customer };

        if (query.StatusId is { } statusId)
        {
            rows = rows.Where(r => r.t.StatusId == statusId);
        }

        if (query.Category is { } categoryName)
        {
            var category = StatusCategories.ByName[categoryName];
            rows = rows.Where(r => r.status.Category == category);
        }

        rows = query.Waiting switch
        {
            ListTicketQueueQuery.WaitingOnUs => rows.Where(r => r.status.Category == StatusCategory.New || r.status.Category == StatusCategory.Open),
            ListTicketQueueQuery.WaitingOnCustomer => rows.Where(r => r.status.Category == StatusCategory.Pending),
            _ => rows,
        };

        if (query.DepartmentId is { } departmentId)
        {
            rows = rows.Where(r => r.t.DepartmentId == departmentId);
        }

        if (query.ServiceTypeId is { } serviceTypeId)
        {
            rows = rows.Where(r => r.t.ServiceTypeId == serviceTypeId);
        }

        if (!string.IsNullOrWhiteSpace(query.CustomerEmail))
        {
            var email = query.CustomerEmail.Trim().ToLowerInvariant();
            rows = rows.Where(r => r.customer.Email.ToLower() == email);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var matching = search.MatchingTicketIds(query.Search.Trim());
            rows = rows.Where(r => matching.Contains(r.t.Id));
        }

        if (query.OpenedFrom is { } from)
        {
            rows = rows.Where(r => r.t.CreatedAt >= from);
        }

        if (query.OpenedTo is { } to)
        {
            rows = rows.Where(r => r.t.CreatedAt <= to);
        }

        if (query.SortsByLastActivity)
        {
            if (QueueCursor.TryDecode(query.Cursor, out var lastActivityAt, out var lastNumber))
            {
                rows = rows.Where(r => r.t.LastActivityAt < lastActivityAt || (r.t.LastActivityAt == lastActivityAt && r.t.Number < lastNumber));
            }

            rows = rows.OrderByDescending(r => r.t.LastActivityAt).ThenByDescending(r => r.t.Number);
        }
        else
        {
            if (TicketCursor.TryDecode(query.Cursor, out var lastNumber))
            {
                rows = rows.Where(r => r.t.Number < lastNumber);
            }

            rows = rows.OrderByDescending(r => r.t.Number);
        }

        var page = await rows
            .Take(query.Limit + 1)
            .Select(r => new TicketQueueItemDto(
                r.t.Number,
                new NamedReference(r.serviceType.Id, r.serviceType.Name),
                new NamedReference(r.subject.Id, r.subject.Name),
                new NamedReference(r.department.Id, r.department.Name),
                new StatusDto(r.status.Id, r.status.Name, r.status.Category),
                new QueueCustomerDto(r.customer.Name, r.customer.Email),
                r.t.CreatedAt,
                r.t.LastActivityAt))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var hasMore = page.Count > query.Limit;
        var items = hasMore ? page[..query.Limit] : page;
        string? next = null;
        if (hasMore)
        {
            var last = items[^1];
            next = query.SortsByLastActivity ? QueueCursor.Encode(last.LastActivityAt, last.Number) : TicketCursor.Encode(last.Number);
        }

        return new TicketQueueResponse(items, next);
    }
}
