namespace PosVendas.Application.Tickets;

/// <summary>Full-text search over tickets' descriptions and comments (Portuguese stemming, accents ignored).</summary>
public interface ITicketSearch
{
    /// <summary>The ids of the caller's tenant's tickets matching <paramref name="text"/>, as a composable query.</summary>
    IQueryable<Guid> MatchingTicketIds(string text);
}
