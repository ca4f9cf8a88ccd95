namespace PosVendas.Infrastructure.Tickets;

/// <summary>
/// SQL functions of the full text search, mapped in <see cref="Persistence.AppDbContext"/> and created by a migration.
/// They only run inside queries.
/// </summary>
public static class SearchText
{
    /// <summary>
    /// <c>public.posvendas_fold_plurals(text)</c>: turns the plural ending -ões (or -oes, typed without accents) into
    /// -ão before the text is stemmed, so "infiltrações", "infiltracoes" and "infiltração" meet. Portuguese stemming
    /// after unaccent otherwise leaves "infiltraco" for the plurals and "infiltraca" for the singular.
    /// </summary>
    public static string FoldPlurals(string text) => throw new InvalidOperationException("Only for translation to SQL.");
}
