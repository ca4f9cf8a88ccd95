namespace PosVendas.Domain.Workflow;

/// <summary>
/// When the conversation moves a ticket, stated by category so it holds whatever a company calls its stages.
/// A ticket applies them when a reply arrives.
/// </summary>
public static class StatusTransitions
{
    /// <summary>The first public staff answer opens a ticket nobody had answered (New → the default Open status).</summary>
    public static bool PublicStaffReplyOpens(TicketStatus current) => current.Category == StatusCategory.New;

    /// <summary>
    /// A customer who answers a ticket that waits on them (Pending) or that staff consider solved (Solved) puts it back
    /// in staff's hands (→ the default Open status). On hold waits on a visit or a third party, not on the customer.
    /// </summary>
    public static bool CustomerReplyOpens(TicketStatus current) => current.Category is StatusCategory.Pending or StatusCategory.Solved;

    /// <summary>The customer may confirm that a solved ticket is done (Solved → the default Closed status).</summary>
    public static bool CustomerMayConfirm(TicketStatus current) => current.Category == StatusCategory.Solved;
}
