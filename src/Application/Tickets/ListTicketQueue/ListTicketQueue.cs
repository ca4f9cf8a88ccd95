using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;
using PosVendas.Application.Tickets.ListMyTickets;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Tickets.ListTicketQueue;

/// <summary>The staff queue: the tickets of the caller's scope, filtered, newest first or by last activity.</summary>
/// <remarks><c>Search</c> is full text over descriptions and comments, accents ignored.</remarks>
public sealed record ListTicketQueueQuery(
    Guid? StatusId = null,
    StatusCategory? Category = null,
    Guid? DepartmentId = null,
    Guid? ServiceTypeId = null,
    string? CustomerEmail = null,
    DateTimeOffset? OpenedFrom = null,
    DateTimeOffset? OpenedTo = null,
    QueueWaiting? Waiting = null,
    QueueSort Sort = QueueSort.Newest,
    string? Cursor = null,
    int Limit = ListMyTicketsQuery.DefaultLimit,
    [property: JsonPropertyName("q")] string? Search = null,
    Guid? DevelopmentId = null,
    Guid? BuildingId = null,
    Guid? UnitId = null,
    Guid? CommonAreaId = null,
    WarrantyCoverageStatus? Coverage = null) : IQuery<TicketQueueResponse>
{
    /// <summary>The longest search text (<c>q</c>) the queue takes.</summary>
    public const int MaxSearchLength = 200;
}

/// <summary>Whose move a ticket waits for (<c>waiting</c>: <c>on_us</c>, <c>on_customer</c>).</summary>
public enum QueueWaiting
{
    /// <summary>Staff's: the ticket's status is in the New or Open category.</summary>
    OnUs,

    /// <summary>The customer's: the ticket's status is in the Pending category.</summary>
    OnCustomer,
}

/// <summary>The queue's order (<c>sort</c>: <c>newest</c>, <c>last_activity</c>).</summary>
public enum QueueSort
{
    /// <summary>Newest first, by number.</summary>
    Newest,

    /// <summary>Most recent public activity first.</summary>
    LastActivity,
}

internal sealed class ListTicketQueueQueryValidator : AbstractValidator<ListTicketQueueQuery>
{
    public ListTicketQueueQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListMyTicketsQuery.MaxLimit);
        RuleFor(q => q.Category).IsInEnum();
        RuleFor(q => q.Waiting).IsInEnum();
        RuleFor(q => q.Sort).IsInEnum();
        RuleFor(q => q.Cursor)
            .Must((query, cursor) => query.Sort == QueueSort.LastActivity ? QueueCursor.TryDecode(cursor, out _, out _) : TicketCursor.TryDecode(cursor, out _))
            .When(q => q.Cursor is not null)
            .WithMessage(_ => Texts.CursorOfAnotherSort.Get("{PropertyName}"));
        RuleFor(q => q.Search).MaximumLength(ListTicketQueueQuery.MaxSearchLength).OverridePropertyName("q");
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

        if (query.Category is { } category)
        {
            rows = rows.Where(r => r.status.Category == category);
        }

        rows = query.Waiting switch
        {
            QueueWaiting.OnUs => rows.Where(r => r.status.Category == StatusCategory.New || r.status.Category == StatusCategory.Open),
            QueueWaiting.OnCustomer => rows.Where(r => r.status.Category == StatusCategory.Pending),
            _ => rows,
        };

        if (query.DepartmentId is { } departmentId)
        {
            rows = rows.Where(r => r.t.DepartmentId == departmentId);
        }

        // Locations as they were at opening: a unit moved since keeps its old tickets under its old building.
        if (query.DevelopmentId is { } developmentId)
        {
            rows = rows.Where(r => r.t.Location!.DevelopmentId == developmentId);
        }

        if (query.BuildingId is { } buildingId)
        {
            rows = rows.Where(r => r.t.Location!.BuildingId == buildingId);
        }

        if (query.UnitId is { } unitId)
        {
            rows = rows.Where(r => r.t.Location!.UnitId == unitId);
        }

        if (query.CommonAreaId is { } commonAreaId)
        {
            rows = rows.Where(r => r.t.Location!.CommonAreaId == commonAreaId);
        }

        // The coverage recorded at opening; tickets whose subject is about no warranty item have none and never match.
        if (query.Coverage is { } coverage)
        {
            rows = rows.Where(r => r.t.Warranty!.Status == coverage);
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

        // Any RFC 3339 offset is accepted; PostgreSQL compares instants given in UTC.
        if (query.OpenedFrom?.ToUniversalTime() is { } from)
        {
            rows = rows.Where(r => r.t.CreatedAt >= from);
        }

        if (query.OpenedTo?.ToUniversalTime() is { } to)
        {
            rows = rows.Where(r => r.t.CreatedAt <= to);
        }

        if (query.Sort == QueueSort.LastActivity)
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
                TicketLocationDto.From(r.t.Location),
                r.t.CreatedAt,
                r.t.LastActivityAt,
                TicketWarrantyDto.From(r.t.Warranty)))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var hasMore = page.Count > query.Limit;
        var items = hasMore ? page[..query.Limit] : page;
        string? next = null;
        if (hasMore)
        {
            var last = items[^1];
            next = query.Sort == QueueSort.LastActivity ? QueueCursor.Encode(last.LastActivityAt, last.Number) : TicketCursor.Encode(last.Number);
        }

        return new TicketQueueResponse(items, next);
    }
}
