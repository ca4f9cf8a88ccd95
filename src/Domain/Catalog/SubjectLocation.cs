namespace PosVendas.Domain.Catalog;

/// <summary>The places a subject's tickets may be about.</summary>
public enum SubjectLocation
{
    /// <summary>A unit (or, when the customer's unit is not registered, a described place).</summary>
    Units,
    CommonAreas,
    Either,
}
