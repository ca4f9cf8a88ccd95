namespace PosVendas.Domain.Tickets;

/// <summary>Who wrote a comment, with the display name they had when they wrote it.</summary>
/// <param name="Kind">Customer, staff, or PosVendas itself.</param>
/// <param name="Id">The customer id, or the staff member's token subject.</param>
/// <param name="DisplayName">The name shown in the ticket history.</param>
public sealed record CommentAuthor(AuthorKind Kind, string Id, string DisplayName)
{
    public static CommentAuthor Customer(Guid customerId, string displayName) =>
        new(AuthorKind.Customer, customerId.ToString(), displayName);

    public static CommentAuthor Staff(string subject, string displayName) =>
        new(AuthorKind.Staff, subject, displayName);

    /// <summary>PosVendas itself, for the changes no person made. It writes status changes, never comments.</summary>
    public static CommentAuthor System { get; } = new(AuthorKind.System, "system", "PosVendas");
}
