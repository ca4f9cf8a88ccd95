using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;
using PosVendas.Application.Locations;
using PosVendas.Application.Tickets;
using PosVendas.Domain.Warranty;

namespace PosVendas.Application.Warranty.GetWarrantyCoverage;

/// <summary>
/// Whether a request of <paramref name="SubjectId"/> about <paramref name="UnitId"/> looks covered today by the terms
/// the unit's development is pinned to. Customers ask about the units they occupy (others are 404); staff about any.
/// </summary>
/// <param name="UnitId">The unit.</param>
/// <param name="SubjectId">The subject of the request.</param>
public sealed record GetWarrantyCoverageQuery(Guid UnitId, Guid SubjectId) : IQuery<WarrantyCoverageDto>;

internal sealed class GetWarrantyCoverageQueryValidator : AbstractValidator<GetWarrantyCoverageQuery>
{
    public GetWarrantyCoverageQueryValidator()
    {
        RuleFor(q => q.UnitId).NotEmpty();
        RuleFor(q => q.SubjectId).NotEmpty();
    }
}

internal sealed class GetWarrantyCoverageHandler(IApplicationDbContext db, ICurrentUser currentUser, CallerPlaces places, WarrantyCoverages coverages)
    : IQueryHandler<GetWarrantyCoverageQuery, WarrantyCoverageDto>
{
    public async ValueTask<WarrantyCoverageDto> Handle(GetWarrantyCoverageQuery query, CancellationToken cancellationToken)
    {
        if (currentUser.CustomerId is not null)
        {
            var occupancies = await places.CurrentOccupanciesAsync(cancellationToken);
            if (!occupancies.Any(o => o.UnitId == query.UnitId))
            {
                throw new NotFoundException(Resource.Unit, query.UnitId);
            }
        }
        else
        {
            currentUser.RequireStaff();
        }

        var subject = await db.Subjects.AsNoTracking().Where(s => s.Id == query.SubjectId).Select(s => new { s.WarrantyItemKey })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Resource.Subject, query.SubjectId);
        var coverage = await coverages.OfUnitAsync(query.UnitId, subject.WarrantyItemKey, cancellationToken);
        return WarrantyCoverageView.From(coverage, currentUser.Locale);
    }
}

/// <summary>A coverage as callers read it, in their language.</summary>
internal static class WarrantyCoverageView
{
    public static WarrantyCoverageDto From(WarrantyCoverage coverage, string locale)
    {
        var item = coverage.Item is { } i
            ? new WarrantyCoverageItemDto(i.Key, i.System.For(locale), i.Component.For(locale), i.TermMonths, i.StartsFrom)
            : null;
        var basis = coverage.Item is { } basisItem
            ? string.Join("; ", new[] { (basisItem.StartsFrom == WarrantyStart.Handover ? Texts.WarrantyFromHandover : Texts.WarrantyFromHabiteSe).In(locale, basisItem.TermMonths), basisItem.LegalBasis }.OfType<string>())
            : null;
        var summary = CustomerWarrantyDto.Of(coverage.Status, coverage.LastDay, locale).Summary;
        return new WarrantyCoverageDto(coverage.Status, item, coverage.StartsOn, coverage.LastDay, basis, coverage.Gap, summary);
    }
}
