namespace PosVendas.Domain.Tickets;

/// <summary>Length limits shared by the domain guards, the request validators and the database columns.</summary>
public static class TicketLimits
{
    /// <summary>Maximum length of a ticket description, counted after trimming.</summary>
    public const int DescriptionMaxLength = 20_000;

    /// <summary>Maximum length of a reply, counted after trimming.</summary>
    public const int CommentBodyMaxLength = 20_000;

    public const int AuthorNameMaxLength = 200;

    public const int AuthorIdMaxLength = 200;
}
