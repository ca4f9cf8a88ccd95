using PosVendas.Domain.Warranty;

namespace PosVendas.Domain.Tickets;

/// <summary>
/// What the warranty terms said of a ticket when it was opened, kept as it was: staff judge the request against the
/// coverage the customer was shown, whatever the terms or the unit's dates say later. Only tickets of a subject mapped
/// to a warranty item have one.
/// </summary>
public sealed record TicketWarranty
{
    private TicketWarranty()
    {
    }

    public WarrantyCoverageStatus Status { get; private init; }

    public WarrantyCoverageGap? Gap { get; private init; }

    /// <summary>The key of the item that applied; null when none did.</summary>
    public string? ItemKey { get; private init; }

    public int? TermMonths { get; private init; }

    public DateOnly? StartsOn { get; private init; }

    /// <summary>The last day the term covered (included).</summary>
    public DateOnly? LastDay { get; private init; }

    public static TicketWarranty From(WarrantyCoverage coverage) => new()
    {
        Status = coverage.Status,
        Gap = coverage.Gap,
        ItemKey = coverage.Item?.Key,
        TermMonths = coverage.Item?.TermMonths,
        StartsOn = coverage.StartsOn,
        LastDay = coverage.LastDay,
    };
}
