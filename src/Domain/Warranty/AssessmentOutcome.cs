namespace PosVendas.Domain.Warranty;

/// <summary>The procedência decision on a request: does the warranty cover it.</summary>
public enum AssessmentOutcome
{
    /// <summary>Covered: the builder repairs at its cost.</summary>
    Procedente,

    /// <summary>Not covered: the request is refused, for a reason.</summary>
    Improcedente,

    /// <summary>Covered in part: some of it is refused, for a reason.</summary>
    Parcial,
}
