namespace PosVendas.Domain.Workflow;

/// <summary>The automatic moves of the workflow, stated by category so they hold whatever a company calls its stages.</summary>
public static class StatusTransitions
{
    /// <summary>The first public staff answer opens a ticket nobody had answered (New → the default Open status).</summary>
    public static bool PublicStaffReplyOpens(TicketStatus current) => current.Category == StatusCategory.New;

    /// <summary>A customer who answers a solved ticket reopens it (Solved → the default Open status).</summary>
    public static bool CustomerReplyReopens(TicketStatus current) => current.Category == StatusCategory.Solved;
}
