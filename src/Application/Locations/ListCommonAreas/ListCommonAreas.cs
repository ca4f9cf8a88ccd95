using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;

namespace PosVendas.Application.Locations.ListCommonAreas;

/// <summary>The tenant's common areas by name, of one development or building, or all.</summary>
public sealed record ListCommonAreasQuery(Guid? DevelopmentId, Guid? BuildingId, bool? Active, string? Cursor, int Limit)
    : IQuery<LocationPage<CommonAreaDto>>;

internal sealed class ListCommonAreasQueryValidator : AbstractValidator<ListCommonAreasQuery>
{
    public ListCommonAreasQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, LocationLists.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => c is null || LocationCursor.TryDecode(c, out _, out _)).WithMessage(_ => Texts.UnknownCursor.Get());
    }
}

internal sealed class ListCommonAreasHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListCommonAreasQuery, LocationPage<CommonAreaDto>>
{
    public async ValueTask<LocationPage<CommonAreaDto>> Handle(ListCommonAreasQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var areas = db.CommonAreas.AsNoTracking();
        if (query.DevelopmentId is { } developmentId)
        {
            areas = areas.Where(a => a.DevelopmentId == developmentId);
        }

        if (query.BuildingId is { } buildingId)
        {
            areas = areas.Where(a => a.BuildingId == buildingId);
        }

        if (query.Active is { } active)
        {
            areas = areas.Where(a => a.IsActive == active);
        }

        if (LocationCursor.TryDecode(query.Cursor, out var name, out var id))
        {
            areas = areas.Where(a => string.Compare(a.Name, name) > 0 || (a.Name == name && a.Id > id));
        }

        var rows = await areas.OrderBy(a => a.Name).ThenBy(a => a.Id).Take(query.Limit + 1).ToListAsync(cancellationToken);
        return LocationLists.Page(rows, query.Limit, a => LocationCursor.Encode(a.Name, a.Id), CommonAreaDto.From);
    }
}
