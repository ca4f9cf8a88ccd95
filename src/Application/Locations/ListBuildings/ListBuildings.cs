using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;

namespace PosVendas.Application.Locations.ListBuildings;

/// <summary>The tenant's buildings by name, of one development or all, a page at a time.</summary>
public sealed record ListBuildingsQuery(Guid? DevelopmentId, bool? Active, string? Cursor, int Limit) : IQuery<LocationPage<BuildingDto>>;

internal sealed class ListBuildingsQueryValidator : AbstractValidator<ListBuildingsQuery>
{
    public ListBuildingsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, LocationLists.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => c is null || LocationCursor.TryDecode(c, out _, out _)).WithMessage(_ => Texts.UnknownCursor.Get());
    }
}

internal sealed class ListBuildingsHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListBuildingsQuery, LocationPage<BuildingDto>>
{
    public async ValueTask<LocationPage<BuildingDto>> Handle(ListBuildingsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var buildings = db.Buildings.AsNoTracking();
        if (query.DevelopmentId is { } developmentId)
        {
            buildings = buildings.Where(b => b.DevelopmentId == developmentId);
        }

        if (query.Active is { } active)
        {
            buildings = buildings.Where(b => b.IsActive == active);
        }

        if (LocationCursor.TryDecode(query.Cursor, out var name, out var id))
        {
            buildings = buildings.Where(b => string.Compare(b.Name, name) > 0 || (b.Name == name && b.Id > id));
        }

        var rows = await buildings.OrderBy(b => b.Name).ThenBy(b => b.Id).Take(query.Limit + 1).ToListAsync(cancellationToken);
        return LocationLists.Page(rows, query.Limit, b => LocationCursor.Encode(b.Name, b.Id), BuildingDto.From);
    }
}
