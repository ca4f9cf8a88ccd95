using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;

namespace PosVendas.Application.Locations.ListDevelopments;

/// <summary>The tenant's developments by name, a page at a time; <c>search</c> matches name, code or external id.</summary>
public sealed record ListDevelopmentsQuery(string? Search, bool? Active, string? Cursor, int Limit) : IQuery<LocationPage<DevelopmentDto>>;

internal sealed class ListDevelopmentsQueryValidator : AbstractValidator<ListDevelopmentsQuery>
{
    public ListDevelopmentsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, LocationLists.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => c is null || LocationCursor.TryDecode(c, out _, out _)).WithMessage(_ => Texts.UnknownCursor.Get());
        RuleFor(q => q.Search).MaximumLength(LocationLists.MaxSearchLength);
    }
}

internal sealed class ListDevelopmentsHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListDevelopmentsQuery, LocationPage<DevelopmentDto>>
{
    public async ValueTask<LocationPage<DevelopmentDto>> Handle(ListDevelopmentsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var developments = db.Developments.AsNoTracking();
        if (query.Active is { } active)
        {
            developments = developments.Where(d => d.IsActive == active);
        }

        if (LocationLists.Term(query.Search) is { } term)
        {
            developments = developments.Where(d => d.Name.ToLower().Contains(term) || d.Code.ToLower().Contains(term) || d.ExternalId == query.Search);
        }

        if (LocationCursor.TryDecode(query.Cursor, out var name, out var id))
        {
            developments = developments.Where(d => string.Compare(d.Name, name) > 0 || (d.Name == name && d.Id > id));
        }

        var rows = await developments.OrderBy(d => d.Name).ThenBy(d => d.Id).Take(query.Limit + 1).ToListAsync(cancellationToken);
        return LocationLists.Page(rows, query.Limit, d => LocationCursor.Encode(d.Name, d.Id), DevelopmentDto.From);
    }
}
