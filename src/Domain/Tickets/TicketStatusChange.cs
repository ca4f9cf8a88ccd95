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

    internal TicketStatusChange(Ticket ticket, Guid fromStatusId, Guid toStatusId, CommentAuthor changedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        TenantId = ticket.TenantId;
        TicketId = ticket.Id;
        FromStatusId = fromStatusId;
        ToStatusId = toStatusId;
        ChangedByKind = changedBy.Kind;
        ChangedById = Text.Required(changedBy.Id, TicketLimits.AuthorIdMaxLength, nameof(changedBy));
        ChangedByName = Text.Required(changedBy.DisplayName, TicketLimits.AuthorNameMaxLength, nameof(changedBy));
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

    public DateTimeOffset ChangedAt { get; private set; }
}
