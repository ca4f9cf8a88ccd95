namespace PosVendas.Domain.Warranty;

/// <summary>
/// How a term of months is counted, as the Código Civil counts periods (art. 132): the day the term starts is not
/// counted, and a term of months or years ends on the day of the same number as the start, or, when that month has no
/// such day, on the first day of the next month (ADR 0023). The end day is covered.
/// </summary>
public static class WarrantyTerm
{
    public const int MaxMonths = 600;

    /// <summary>The last day covered by a term of <paramref name="months"/> months from <paramref name="start"/>.</summary>
    public static DateOnly LastDay(DateOnly start, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, MaxMonths);
        var monthIndex = (start.Year * 12) + (start.Month - 1) + months;
        var year = monthIndex / 12;
        var month = (monthIndex % 12) + 1;
        return start.Day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, start.Day)
            : new DateOnly(year, month, 1).AddMonths(1);
    }
}
