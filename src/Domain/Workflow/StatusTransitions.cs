namespace PosVendas.Domain.Workflow;

/// <summary>
/// When the conversation moves a ticket, stated by category so it holds whatever a company calls its stages.
/// A ticket applies them when a reply arrives.
/// </summary>
public static class StatusTransitions
{
    /// <summary>The first public staff answer opens a ticket nobody had answered (New → the default Open status).</summary>
    public static bool PublicStaffReplyOpens(TicketStatus current) => current.Category == StatusCategory.New;

    /// <summary>A customer who answers a solved ticket reopens it (Solved → the default Open status).</summary>
    public static bool CustomerReplyReopens(TicketStatus current) => current.Category == StatusCategory.Solved;
}
