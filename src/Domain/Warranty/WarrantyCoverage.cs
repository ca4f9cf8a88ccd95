namespace PosVendas.Domain.Warranty;

/// <summary>
/// What the warranty terms say of a request about a unit, on a given day: the item that applies, the day its term
/// started and the last day it covers. Computed, never stored as a decision: a hidden defect counts from its discovery,
/// so staff always decide (the assessment).
/// </summary>
public sealed record WarrantyCoverage(
    WarrantyCoverageStatus Status,
    WarrantyItem? Item,
    DateOnly? StartsOn,
    DateOnly? LastDay,
    WarrantyCoverageGap? Gap)
{
    /// <summary>
    /// The coverage of <paramref name="item"/> (null when the subject maps to none in the development's terms) for a
    /// unit handed over on <paramref name="handoverDate"/> in a development whose habite-se is
    /// <paramref name="habiteSeDate"/>, on <paramref name="today"/> in the tenant's time zone.
    /// </summary>
    public static WarrantyCoverage Of(WarrantyItem? item, DateOnly? handoverDate, DateOnly? habiteSeDate, DateOnly today)
    {
        if (item is null)
        {
            return new(WarrantyCoverageStatus.Unknown, null, null, null, WarrantyCoverageGap.NoTerm);
        }

        var start = item.StartsFrom == WarrantyStart.Handover ? handoverDate : habiteSeDate;
        if (start is not { } startsOn)
        {
            var gap = item.StartsFrom == WarrantyStart.Handover ? WarrantyCoverageGap.NoHandoverDate : WarrantyCoverageGap.NoHabiteSeDate;
            return new(WarrantyCoverageStatus.Unknown, item, null, null, gap);
        }

        var lastDay = WarrantyTerm.LastDay(startsOn, item.TermMonths);
        var status = today <= lastDay ? WarrantyCoverageStatus.Covered : WarrantyCoverageStatus.Expired;
        return new(status, item, startsOn, lastDay, null);
    }

    /// <summary>Unknown because the request is not about a registered unit.</summary>
    public static WarrantyCoverage WithoutUnit { get; } = new(WarrantyCoverageStatus.Unknown, null, null, null, WarrantyCoverageGap.NoUnit);
}

/// <summary>Why a coverage is unknown.</summary>
public enum WarrantyCoverageGap
{
    /// <summary>The request is not about a registered unit.</summary>
    NoUnit,

    /// <summary>The development has no published terms pinned, or they hold no item for the subject.</summary>
    NoTerm,

    /// <summary>The item runs from the handover, and the unit's handover date is not known.</summary>
    NoHandoverDate,

    /// <summary>The item runs from the habite-se, and the development's date is not known.</summary>
    NoHabiteSeDate,
}
