namespace PosVendas.Application.Tickets;

/// <summary>
/// Pages of a customer's tickets, newest first, for the most requested endpoint. Its implementation sends its SQL
/// itself instead of through EF Core, so it carries the tenant in <see cref="TicketListPage"/> where EF Core's query
/// filter would have added it (ADR 0008).
/// </summary>
public interface ITicketListReader
{
    /// <summary>
    /// Up to <see cref="TicketListPage.Take"/> of the customer's tickets in the tenant, numbered below
    /// <see cref="TicketListPage.BeforeNumber"/>, newest first; only those in <see cref="TicketListPage.StatusId"/>
    /// when it is given. Each row is as the customer reads it: service type, subject and status by their label in
    /// <see cref="TicketListPage.Locale"/>, falling back as <see cref="Domain.Common.LocalizedText.For"/> does.
    /// </summary>
    Task<IReadOnlyList<TicketSummaryDto>> ReadPageAsync(TicketListPage page, CancellationToken cancellationToken);
}

/// <summary>Which page, in which language: the tenant and customer come from the caller's token, never from the request.</summary>
public sealed record TicketListPage(Guid TenantId, Guid CustomerId, string Locale, Guid? StatusId, int BeforeNumber, int Take);
