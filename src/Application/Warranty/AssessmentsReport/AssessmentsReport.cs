using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Data;
using PosVendas.Application.Tickets;
using PosVendas.Domain.Warranty;

namespace PosVendas.Application.Warranty.AssessmentsReport;

/// <summary>
/// What the engineering team reads to find recurring defects: the assessments in force recorded from
/// <paramref name="From"/> to <paramref name="To"/> (days in the tenant's time zone, both included), counted by outcome,
/// by reason, by warranty item (system) and by development, optionally for one development. A corrected assessment
/// counts once, as its correction says; agents limited to departments count their departments' tickets.
/// </summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="DevelopmentId">Only tickets about this development (its units and common areas).</param>
public sealed record AssessmentsReportQuery(DateOnly? From, DateOnly? To, Guid? DevelopmentId) : IQuery<AssessmentsReportResponse>;

internal sealed class AssessmentsReportQueryValidator : AbstractValidator<AssessmentsReportQuery>
{
    public AssessmentsReportQueryValidator()
    {
        RuleFor(q => q.From).NotNull();
        RuleFor(q => q.To).NotNull().GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null);
    }
}

internal sealed class AssessmentsReportHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<AssessmentsReportQuery, AssessmentsReportResponse>
{
    public async ValueTask<AssessmentsReportResponse> Handle(AssessmentsReportQuery query, CancellationToken cancellationToken)
    {
        var tickets = db.Tickets.VisibleToStaff(currentUser);
        var timeZoneId = await db.Tenants.AsNoTracking().Where(t => t.Id == currentUser.TenantId).Select(t => t.TimeZone).SingleAsync(cancellationToken);
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var start = StartOf(query.From!.Value, timeZone);
        var end = StartOf(query.To!.Value.AddDays(1), timeZone);
        var developmentId = query.DevelopmentId;

        var rows = await (
            from a in db.TicketAssessments.AsNoTracking()
            join t in tickets on a.TicketId equals t.Id
            where a.AssessedAt >= start && a.AssessedAt < end
                  && !db.TicketAssessments.Any(correction => correction.SupersedesId == a.Id)
                  && (developmentId == null || t.Location!.DevelopmentId == developmentId)
            select new ReportRow(
                a.Outcome,
                a.Reason,
                t.Warranty!.ItemKey,
                t.Location!.DevelopmentId,
                t.Location!.DevelopmentName,
                db.AssessmentContests.Any(c => c.TicketId == a.TicketId)))
            .ToListAsync(cancellationToken);

        var systems = await SystemNamesAsync([.. rows.Select(r => r.ItemKey).OfType<string>().Distinct()], cancellationToken);
        return new AssessmentsReportResponse(
            query.From.Value,
            query.To.Value,
            developmentId,
            rows.Count,
            rows.Count(r => r.Contested),
            [.. Enum.GetValues<AssessmentOutcome>().Select(outcome => new OutcomeCount(outcome, rows.Count(r => r.Outcome == outcome)))],
            [.. rows.Where(r => r.Reason is not null).GroupBy(r => r.Reason!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Select(g => new ReasonCount(g.Key, g.Count()))],
            [.. rows.GroupBy(r => r.ItemKey).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new SystemCount(g.Key, g.Key is null ? null : systems.GetValueOrDefault(g.Key), g.Count(), Outcomes(g)))],
            [.. rows.GroupBy(r => (r.DevelopmentId, r.DevelopmentName)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.DevelopmentName, StringComparer.Ordinal)
                .Select(g => new DevelopmentCount(g.Key.DevelopmentId, g.Key.DevelopmentName, g.Count(), Outcomes(g)))]);
    }

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo timeZone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, timeZone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    private static IReadOnlyList<OutcomeCount> Outcomes(IEnumerable<ReportRow> rows) =>
        [.. Enum.GetValues<AssessmentOutcome>().Select(outcome => new OutcomeCount(outcome, rows.Count(r => r.Outcome == outcome)))];

    /// <summary>
    /// Each warranty item's system name in the caller's language, from the newest published version that has the key:
    /// tickets keep the item's key, and the terms of their developments may differ.
    /// </summary>
    private async Task<Dictionary<string, string>> SystemNamesAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var items = await db.WarrantyCatalogVersions.AsNoTracking()
            .Where(v => v.PublishedAt != null)
            .SelectMany(v => v.Items.Where(i => keys.Contains(i.Key)).Select(i => new { i.Key, i.System, v.PublishedAt }))
            .ToListAsync(cancellationToken);
        return items.GroupBy(i => i.Key)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(i => i.PublishedAt).First().System.For(currentUser.Locale), StringComparer.Ordinal);
    }

    private sealed record ReportRow(
        AssessmentOutcome Outcome, AssessmentReason? Reason, string? ItemKey, Guid? DevelopmentId, string? DevelopmentName, bool Contested);
}

/// <summary>Assessments in force over a period, counted several ways.</summary>
/// <param name="From">The first day counted (the tenant's time zone).</param>
/// <param name="To">The last day counted.</param>
/// <param name="DevelopmentId">The development the report is limited to; null for all.</param>
/// <param name="Total">Assessments counted.</param>
/// <param name="Contested">Of those, the ones on tickets whose customer contested an assessment.</param>
/// <param name="ByOutcome">Every outcome, with zeros.</param>
/// <param name="ByReason">Reasons given (refusals only), most frequent first.</param>
/// <param name="BySystem">Per warranty item of the ticket (null: a subject mapped to none), most frequent first.</param>
/// <param name="ByDevelopment">Per development of the ticket's place (null: none), most frequent first.</param>
public sealed record AssessmentsReportResponse(
    DateOnly From,
    DateOnly To,
    Guid? DevelopmentId,
    int Total,
    int Contested,
    IReadOnlyList<OutcomeCount> ByOutcome,
    IReadOnlyList<ReasonCount> ByReason,
    IReadOnlyList<SystemCount> BySystem,
    IReadOnlyList<DevelopmentCount> ByDevelopment);

public sealed record OutcomeCount(AssessmentOutcome Outcome, int Count);

public sealed record ReasonCount(AssessmentReason Reason, int Count);

/// <param name="ItemKey">The warranty item's key; null for tickets of subjects mapped to none.</param>
/// <param name="System">The item's system in the caller's language (e.g. Impermeabilização).</param>
/// <param name="Count">Assessments.</param>
/// <param name="ByOutcome">The same, per outcome.</param>
public sealed record SystemCount(string? ItemKey, string? System, int Count, IReadOnlyList<OutcomeCount> ByOutcome);

/// <param name="DevelopmentId">The development; null for tickets about no development.</param>
/// <param name="Name">Its name as the ticket recorded it.</param>
/// <param name="Count">Assessments.</param>
/// <param name="ByOutcome">The same, per outcome.</param>
public sealed record DevelopmentCount(Guid? DevelopmentId, string? Name, int Count, IReadOnlyList<OutcomeCount> ByOutcome);
