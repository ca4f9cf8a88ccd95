namespace PosVendas.Domain.Warranty;

/// <summary>Why a request is not (or not wholly) covered: the fixed list builders decide by.</summary>
public enum AssessmentReason
{
    /// <summary>The term of the warranty item ran out before the request.</summary>
    OutOfWarranty,

    /// <summary>A visible defect that the handover inspection should have recorded.</summary>
    ApparentDefectAtHandover,

    /// <summary>The owner changed what failed (renovation, new installations).</summary>
    OwnerModification,

    /// <summary>The maintenance the owner's manual asks for was not done.</summary>
    MissingMaintenance,

    /// <summary>What was reported is not a defect (expected behaviour, normal wear).</summary>
    NotADefect,

    /// <summary>Caused by someone else: a neighbour, a utility, the condominium.</summary>
    ThirdParty,
}
