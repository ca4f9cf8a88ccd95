using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;

namespace PosVendas.Application.Locations.ListUnits;

/// <summary>The tenant's units by code, filtered by development, building, activity or a search of code and external id.</summary>
public sealed record ListUnitsQuery(Guid? DevelopmentId, Guid? BuildingId, bool? Active, string? Search, string? Cursor, int Limit)
    : IQuery<LocationPage<UnitDto>>;

internal sealed class ListUnitsQueryValidator : AbstractValidator<ListUnitsQuery>
{
    public ListUnitsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, LocationLists.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => c is null || LocationCursor.TryDecode(c, out _, out _)).WithMessage(_ => Texts.UnknownCursor.Get());
        RuleFor(q => q.Search).MaximumLength(LocationLists.MaxSearchLength);
    }
}

internal sealed class ListUnitsHandler(IApplicationDbContext db, ICurrentUser currentUser) : IQueryHandler<ListUnitsQuery, LocationPage<UnitDto>>
{
    public async ValueTask<LocationPage<UnitDto>> Handle(ListUnitsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var units = db.Units.AsNoTracking();
        if (query.DevelopmentId is { } developmentId)
        {
            units = units.Where(u => u.DevelopmentId == developmentId);
        }

        if (query.BuildingId is { } buildingId)
        {
            units = units.Where(u => u.BuildingId == buildingId);
        }

        if (query.Active is { } active)
        {
            units = units.Where(u => u.IsActive == active);
        }

        if (LocationLists.Term(query.Search) is { } term)
        {
            units = units.Where(u => u.Code.ToLower().Contains(term) || u.ExternalId == query.Search);
        }

        if (LocationCursor.TryDecode(query.Cursor, out var code, out var id))
        {
            units = units.Where(u => string.Compare(u.Code, code) > 0 || (u.Code == code && u.Id > id));
        }

        var rows = await units.OrderBy(u => u.Code).ThenBy(u => u.Id).Take(query.Limit + 1).ToListAsync(cancellationToken);
        return LocationLists.Page(rows, query.Limit, u => LocationCursor.Encode(u.Code, u.Id), UnitDto.From);
    }
}
