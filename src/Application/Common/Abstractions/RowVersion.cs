namespace PosVendas.Application.Common.Abstractions;

/// <summary>
/// The hidden row version of the entities changed under optimistic concurrency (PostgreSQL's <c>xmin</c>): a save over
/// a version that is no longer current fails. A ticket's version is also its ETag.
/// </summary>
public static class RowVersion
{
    /// <summary>The name of the shadow property that holds it, for <c>EF.Property&lt;uint&gt;</c>.</summary>
    public const string PropertyName = "Version";
}
