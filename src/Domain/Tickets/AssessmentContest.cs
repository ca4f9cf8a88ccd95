using PosVendas.Domain.Common;

namespace PosVendas.Domain.Tickets;

/// <summary>
/// The customer disagrees with an assessment that refused (part of) their request. A ticket is contested once; the
/// customer's reasons are the body of <see cref="CommentId"/>, with their files. Recorded through
/// <see cref="Ticket.ContestAssessment"/>.
/// </summary>
public sealed class AssessmentContest : ITenantOwned
{
    private AssessmentContest()
    {
    }

    internal AssessmentContest(Ticket ticket, TicketAssessment assessment, Comment comment, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        TenantId = ticket.TenantId;
        TicketId = ticket.Id;
        AssessmentId = assessment.Id;
        CustomerId = ticket.CustomerId;
        CommentId = comment.Id;
        ContestedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid TicketId { get; private set; }

    /// <summary>The assessment contested: the ticket's current one when the customer contested.</summary>
    public Guid AssessmentId { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>The customer's comment with their reasons and files.</summary>
    public Guid CommentId { get; private set; }

    public DateTimeOffset ContestedAt { get; private set; }
}
