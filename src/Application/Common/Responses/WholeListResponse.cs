namespace PosVendas.Application.Common.Responses;

/// <summary>
/// The list shape every list response shares (<c>items</c>, <c>nextCursor</c>), for lists that always fit one page:
/// <c>nextCursor</c> is always null.
/// </summary>
public abstract record WholeListResponse<T>(IReadOnlyList<T> Items)
{
    public string? NextCursor => null;
}
