namespace PosVendas.Domain.Warranty;

/// <summary>Whether a request looks covered by the warranty terms: advice to staff, never a refusal.</summary>
public enum WarrantyCoverageStatus
{
    /// <summary>The term has not ended (or has not started yet: the unit is not handed over).</summary>
    Covered,

    /// <summary>The term's last day has passed.</summary>
    Expired,

    /// <summary>No term applies, or the date it runs from is not known.</summary>
    Unknown,
}
