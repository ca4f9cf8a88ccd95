using PosVendas.Domain.Common;

namespace PosVendas.Domain.Tickets;

/// <summary>A message in a ticket's history. Comments are append-only: nothing edits or removes one.</summary>
public sealed class Comment : ITenantOwned
{
    private Comment()
    {
        AuthorId = null!;
        AuthorName = null!;
        Body = null!;
    }

    internal Comment(Ticket ticket, CommentAuthor author, string body, bool isInternal, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        TenantId = ticket.TenantId;
        TicketId = ticket.Id;
        AuthorKind = author.Kind;
        AuthorId = Text.Required(author.Id, TicketLimits.AuthorIdMaxLength, nameof(author));
        AuthorName = Text.Required(author.DisplayName, TicketLimits.AuthorNameMaxLength, nameof(author));
        Body = Text.Required(body, TicketLimits.CommentBodyMaxLength, nameof(body));
        IsInternal = isInternal;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid TicketId { get; private set; }

    public AuthorKind AuthorKind { get; private set; }

    public string AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public string Body { get; private set; }

    /// <summary>An internal note: staff only, never shown to the customer or counted as activity.</summary>
    public bool IsInternal { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
