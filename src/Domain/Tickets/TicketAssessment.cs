using PosVendas.Domain.Common;
using PosVendas.Domain.Warranty;

namespace PosVendas.Domain.Tickets;

/// <summary>
/// Staff's procedência decision on a ticket: covered or not, why not, what the customer is told and what a visit
/// costs them. Never changed once recorded: a correction is a new assessment that supersedes it, and both stay.
/// Recorded through <see cref="Ticket.Assess"/>, with a public comment that carries the explanation and the evidence.
/// </summary>
public sealed class TicketAssessment : ITenantOwned
{
    /// <summary>The largest fee, in reais.</summary>
    public const decimal FeeMax = 1_000_000m;

    private TicketAssessment()
    {
        Explanation = null!;
        AssessedById = null!;
        AssessedByName = null!;
    }

    internal TicketAssessment(
        Ticket ticket,
        AssessmentOutcome outcome,
        AssessmentReason? reason,
        decimal? fee,
        Comment comment,
        TicketAssessment? supersedes,
        CommentAuthor staff,
        DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        TenantId = ticket.TenantId;
        TicketId = ticket.Id;
        Outcome = outcome;
        Reason = reason;
        Explanation = comment.Body;
        Fee = fee;
        CommentId = comment.Id;
        SupersedesId = supersedes?.Id;
        AssessedById = staff.Id;
        AssessedByName = staff.DisplayName;
        AssessedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid TicketId { get; private set; }

    public AssessmentOutcome Outcome { get; private set; }

    /// <summary>Why the request is not (wholly) covered; null for a procedente assessment.</summary>
    public AssessmentReason? Reason { get; private set; }

    /// <summary>What the customer is told, as staff wrote it; also the body of <see cref="CommentId"/>.</summary>
    public string Explanation { get; private set; }

    /// <summary>What the customer is charged (a visit fee, a quote), in reais; only when not wholly covered.</summary>
    public decimal? Fee { get; private set; }

    /// <summary>The public comment that carries the explanation and the evidence files.</summary>
    public Guid CommentId { get; private set; }

    /// <summary>The assessment this one corrects, which stays recorded.</summary>
    public Guid? SupersedesId { get; private set; }

    /// <summary>The staff member's token subject.</summary>
    public string AssessedById { get; private set; }

    public string AssessedByName { get; private set; }

    public DateTimeOffset AssessedAt { get; private set; }

    /// <summary>Improcedente or parcial: what the customer may contest.</summary>
    public bool RefusesCover => Outcome != AssessmentOutcome.Procedente;

    /// <summary>
    /// The last day the customer may contest this assessment: <paramref name="contestDays"/> after the day it was
    /// recorded, in the tenant's time zone.
    /// </summary>
    public DateOnly ContestableUntil(TimeZoneInfo timeZone, int contestDays) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(AssessedAt, timeZone).DateTime).AddDays(contestDays);
}
