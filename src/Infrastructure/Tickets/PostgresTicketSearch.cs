using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Tickets;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Tickets;

/// <summary>
/// PostgreSQL full text search with the <c>posvendas_pt</c> configuration (Portuguese stemming after unaccent, created
/// by a migration), so "infiltracao" finds "Infiltração", on text whose -ões plurals are folded first
/// (<see cref="SearchText.FoldPlurals"/>), so "infiltracoes" finds it too. GIN indexes on the same expressions back
/// both searches.
/// </summary>
internal sealed class PostgresTicketSearch(AppDbContext db) : ITicketSearch
{
    public const string Configuration = "public.posvendas_pt";

    public IQueryable<Guid> MatchingTicketIds(string text) =>
        db.Tickets
            .Where(t => EF.Functions.ToTsVector(Configuration, SearchText.FoldPlurals(t.Description))
                .Matches(EF.Functions.WebSearchToTsQuery(Configuration, SearchText.FoldPlurals(text))))
            .Select(t => t.Id)
            .Concat(db.Comments
                .Where(c => EF.Functions.ToTsVector(Configuration, SearchText.FoldPlurals(c.Body))
                    .Matches(EF.Functions.WebSearchToTsQuery(Configuration, SearchText.FoldPlurals(text))))
                .Select(c => c.TicketId));
}
