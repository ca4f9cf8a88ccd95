using PosVendas.Domain.Workflow;

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
    /// and in a status of <see cref="TicketListPage.Categories"/> when they are given. Each row is as the customer reads it: service type, subject and status by their label in
    /// <see cref="TicketListPage.Locale"/>, falling back as <see cref="Domain.Common.LocalizedText.For"/> does.
    /// </summary>
    Task<IReadOnlyList<TicketSummaryDto>> ReadPageAsync(TicketListPage page, CancellationToken cancellationToken);
}

/// <summary>Which page, in which language: the tenant and customer come from the caller's token, never from the request.</summary>
/// <param name="TenantId">The caller's tenant.</param>
/// <param name="CustomerId">The caller.</param>
/// <param name="Locale">The language of the labels.</param>
/// <param name="StatusId">Only tickets in this status, when given.</param>
/// <param name="Categories">Only tickets in a status of one of these categories, when given (never empty).</param>
/// <param name="BeforeNumber">Only tickets numbered below this.</param>
/// <param name="Take">How many at most.</param>
public sealed record TicketListPage(
    Guid TenantId,
    Guid CustomerId,
    string Locale,
    Guid? StatusId,
    IReadOnlyCollection<StatusCategory>? Categories,
    int BeforeNumber,
    int Take);
