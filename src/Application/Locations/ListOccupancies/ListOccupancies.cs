using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;

namespace PosVendas.Application.Locations.ListOccupancies;

/// <summary>
/// The tenant's occupancies, newest first by id, filtered by place (unit, building, development) or person (subject or
/// e-mail).
/// </summary>
public sealed record ListOccupanciesQuery(Guid? UnitId, Guid? BuildingId, Guid? DevelopmentId, string? Subject, string? Email, string? Cursor, int Limit)
    : IQuery<LocationPage<OccupancyDto>>;

internal sealed class ListOccupanciesQueryValidator : AbstractValidator<ListOccupanciesQuery>
{
    public ListOccupanciesQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, LocationLists.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => c is null || LocationCursor.TryDecode(c, out _, out _)).WithMessage(_ => Texts.UnknownCursor.Get());
    }
}

internal sealed class ListOccupanciesHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListOccupanciesQuery, LocationPage<OccupancyDto>>
{
    public async ValueTask<LocationPage<OccupancyDto>> Handle(ListOccupanciesQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var occupancies = db.Occupancies.AsNoTracking();
        if (query.UnitId is { } unitId)
        {
            occupancies = occupancies.Where(o => o.UnitId == unitId);
        }

        if (query.BuildingId is { } buildingId)
        {
            occupancies = occupancies.Where(o => o.BuildingId == buildingId);
        }

        if (query.DevelopmentId is { } developmentId)
        {
            occupancies = occupancies.Where(o => o.DevelopmentId == developmentId);
        }

        if (!string.IsNullOrWhiteSpace(query.Subject))
        {
            occupancies = occupancies.Where(o => o.Subject == query.Subject);
        }

        if (!string.IsNullOrWhiteSpace(query.Email))
        {
            var email = query.Email.Trim().ToLowerInvariant();
            occupancies = occupancies.Where(o => o.Email == email);
        }

        if (LocationCursor.TryDecode(query.Cursor, out _, out var id))
        {
            occupancies = occupancies.Where(o => o.Id < id);
        }

        var rows = await occupancies.OrderByDescending(o => o.Id).Take(query.Limit + 1).ToListAsync(cancellationToken);
        return LocationLists.Page(rows, query.Limit, o => LocationCursor.Encode("", o.Id), OccupancyDto.Of);
    }
}
