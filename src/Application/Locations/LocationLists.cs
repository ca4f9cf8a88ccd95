namespace PosVendas.Application.Locations;

/// <summary>What the registry's keyset lists share: page size, search and the page itself.</summary>
public static class LocationLists
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const int MaxSearchLength = 100;

    /// <summary>The search as the lists compare it (trimmed, lower case), or null for no search.</summary>
    public static string? Term(string? search) => string.IsNullOrWhiteSpace(search) ? null : search.Trim().ToLowerInvariant();

    /// <summary>The first <paramref name="limit"/> of <paramref name="rows"/> (read one more to know whether a next page exists).</summary>
    public static LocationPage<TDto> Page<TRow, TDto>(List<TRow> rows, int limit, Func<TRow, string> cursorOf, Func<TRow, TDto> map)
    {
        var hasMore = rows.Count > limit;
        var page = hasMore ? rows[..limit] : rows;
        return new LocationPage<TDto>([.. page.Select(map)], hasMore ? cursorOf(page[^1]) : null);
    }
}
