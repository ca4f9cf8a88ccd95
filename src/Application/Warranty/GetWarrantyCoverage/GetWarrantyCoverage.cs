using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;
using PosVendas.Application.Locations;
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

internal sealed class GetWarrantyCoverageHandler(IApplicationDbContext db, ICurrentUser currentUser, CallerPlaces places, TimeProvider clock)
    : IQueryHandler<GetWarrantyCoverageQuery, WarrantyCoverageDto>
{
    public async ValueTask<WarrantyCoverageDto> Handle(GetWarrantyCoverageQuery query, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.TenantId ?? throw new ForbiddenAccessException();
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

        var unit = await db.Units.AsNoTracking().Where(u => u.Id == query.UnitId)
            .Join(db.Developments, u => u.DevelopmentId, d => d.Id, (u, d) => new { u.HandoverDate, d.HabiteSeDate, d.WarrantyTermsId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Resource.Unit, query.UnitId);
        var itemKey = await db.Subjects.AsNoTracking().Where(s => s.Id == query.SubjectId).Select(s => new { s.WarrantyItemKey })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Resource.Subject, query.SubjectId);
        var item = unit.WarrantyTermsId is { } termsId && itemKey.WarrantyItemKey is { } key
            ? await db.WarrantyCatalogVersions.AsNoTracking().Where(v => v.Id == termsId).SelectMany(v => v.Items)
                .SingleOrDefaultAsync(i => i.Key == key, cancellationToken)
            : null;

        var timeZone = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.TimeZone).SingleAsync(cancellationToken);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);
        return WarrantyCoverageView.From(WarrantyCoverage.Of(item, unit.HandoverDate, unit.HabiteSeDate, today), currentUser.Locale);
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
        var summary = coverage.Status switch
        {
            WarrantyCoverageStatus.Covered => Texts.WarrantyCovered.In(locale, coverage.LastDay!.Value),
            WarrantyCoverageStatus.Expired => Texts.WarrantyExpired.In(locale, coverage.LastDay!.Value),
            _ => Texts.WarrantyUnknown.In(locale),
        };
        return new WarrantyCoverageDto(coverage.Status, item, coverage.StartsOn, coverage.LastDay, basis, coverage.Gap, summary);
    }
}
