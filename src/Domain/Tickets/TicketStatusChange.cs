using PosVendas.Domain.Common;

namespace PosVendas.Domain.Tickets;

/// <summary>One step of a ticket's status history: who moved it, when, from where to where. Never changed.</summary>
public sealed class TicketStatusChange : ITenantOwned
{
    private TicketStatusChange()
    {
        ChangedById = null!;
        ChangedByName = null!;
    }

    internal TicketStatusChange(Ticket ticket, Guid fromStatusId, Guid toStatusId, CommentAuthor changedBy, bool isAutomatic, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        TenantId = ticket.TenantId;
        TicketId = ticket.Id;
        FromStatusId = fromStatusId;
        ToStatusId = toStatusId;
        ChangedByKind = changedBy.Kind;
        ChangedById = Text.Required(changedBy.Id, TicketLimits.AuthorIdMaxLength, nameof(changedBy));
        ChangedByName = Text.Required(changedBy.DisplayName, TicketLimits.AuthorNameMaxLength, nameof(changedBy));
        IsAutomatic = isAutomatic;
        ChangedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid TicketId { get; private set; }

    public Guid FromStatusId { get; private set; }

    public Guid ToStatusId { get; private set; }

    public AuthorKind ChangedByKind { get; private set; }

    public string ChangedById { get; private set; }

    public string ChangedByName { get; private set; }

    /// <summary>
    /// A move a rule made rather than a choice: a reply that opened the ticket, a job that closed it. Who caused it is
    /// <see cref="ChangedByName"/> (PosVendas itself for jobs).
    /// </summary>
    public bool IsAutomatic { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }
}
