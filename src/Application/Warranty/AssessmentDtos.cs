using PosVendas.Domain.Tickets;
using PosVendas.Domain.Warranty;

namespace PosVendas.Application.Warranty;

/// <summary>An assessment (procedência decision) as staff see it; superseded ones stay, newest first.</summary>
/// <param name="Id">The assessment.</param>
/// <param name="Outcome">procedente, improcedente or parcial.</param>
/// <param name="Reason">Why not (wholly) covered: out_of_warranty, apparent_defect_at_handover, owner_modification,
/// missing_maintenance, not_a_defect or third_party; null when procedente.</param>
/// <param name="Explanation">What the customer was told; also the body of the comment <paramref name="CommentId"/>.</param>
/// <param name="Fee">What the customer is charged, in reais; null when nothing.</param>
/// <param name="CommentId">The public comment with the explanation and the evidence files.</param>
/// <param name="SupersedesId">The assessment this one corrected; null for the first.</param>
/// <param name="Current">Whether this is the assessment in force (the latest).</param>
/// <param name="AssessedBy">The staff member's name.</param>
/// <param name="AssessedAt">When it was recorded.</param>
public sealed record AssessmentDto(
    Guid Id,
    AssessmentOutcome Outcome,
    AssessmentReason? Reason,
    string Explanation,
    decimal? Fee,
    Guid CommentId,
    Guid? SupersedesId,
    bool Current,
    string AssessedBy,
    DateTimeOffset AssessedAt)
{
    public static AssessmentDto From(TicketAssessment assessment, bool current) => new(
        assessment.Id,
        assessment.Outcome,
        assessment.Reason,
        assessment.Explanation,
        assessment.Fee,
        assessment.CommentId,
        assessment.SupersedesId,
        current,
        assessment.AssessedByName,
        assessment.AssessedAt);
}

/// <summary>The customer's contest of an assessment, as staff see it.</summary>
/// <param name="Id">The contest.</param>
/// <param name="AssessmentId">The assessment contested.</param>
/// <param name="CommentId">The customer's comment with their reasons and files.</param>
/// <param name="ContestedAt">When.</param>
public sealed record AssessmentContestDto(Guid Id, Guid AssessmentId, Guid CommentId, DateTimeOffset ContestedAt)
{
    public static AssessmentContestDto From(AssessmentContest contest) =>
        new(contest.Id, contest.AssessmentId, contest.CommentId, contest.ContestedAt);
}
