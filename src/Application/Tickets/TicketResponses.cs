using PosVendas.Application.Common.Responses;
using PosVendas.Application.Localization;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Tickets;

public sealed record StatusDto(Guid Id, string Name, StatusCategory Category);

/// <summary>A row of the customer's ticket list.</summary>
/// <param name="Number">The ticket's number in the tenant's sequence.</param>
/// <param name="ServiceType">The service type (Tipo), by its label in the caller's language.</param>
/// <param name="Subject">The subject (Assunto), by its label in the caller's language.</param>
/// <param name="Status">The current status, by its label in the caller's language.</param>
/// <param name="CreatedAt">When the ticket was opened.</param>
/// <param name="LastActivityAt">The last reply or status change.</param>
/// <param name="Location">Where the problem is, as named when the ticket was opened; null when the ticket has none.</param>
/// <param name="SharedWithYou">
/// True for a ticket another occupant opened and shared with a unit the caller owns or co-owns: the caller reads it
/// and does not answer it. False for the caller's own.
/// </param>
public sealed record TicketSummaryDto(
    int Number,
    NamedReference ServiceType,
    NamedReference Subject,
    StatusDto Status,
    TicketLocationDto? Location,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    bool SharedWithYou);

/// <summary>A ticket with its whole conversation.</summary>
/// <param name="Number">The ticket's number in the tenant's sequence.</param>
/// <param name="ServiceType">The service type (Tipo), by its label in the caller's language.</param>
/// <param name="Subject">The subject (Assunto), by its label in the caller's language.</param>
/// <param name="Department">The department responsible for it.</param>
/// <param name="Location">Where the problem is, as named when the ticket was opened; null when it has none.</param>
/// <param name="Status">The current status, by its label in the caller's language.</param>
/// <param name="Description">What the customer wrote when opening it.</param>
/// <param name="CreatedAt">When the ticket was opened.</param>
/// <param name="LastActivityAt">The last reply or status change.</param>
/// <param name="Attachments">The files of the opening.</param>
/// <param name="Comments">The public comments, oldest first, each with its files.</param>
/// <param name="Timeline">Comments and status changes, oldest first.</param>
/// <param name="SharedWithUnit">Whether the opener shared the ticket with the other owners of its unit.</param>
/// <param name="SharedWithYou">
/// True when another occupant opened the ticket and shared it with a unit the caller owns or co-owns: the caller reads
/// it, and only its opener answers or confirms it.
/// </param>
/// <param name="Warranty">
/// What the warranty terms said when the ticket was opened, in the customer's words; null when its subject is not about
/// a warranty item.
/// </param>
/// <param name="Assessment">The team's procedência decision in force; null until there is one.</param>
public sealed record TicketDetailResponse(
    int Number,
    NamedReference ServiceType,
    NamedReference Subject,
    NamedReference Department,
    TicketLocationDto? Location,
    StatusDto Status,
    string Description,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    IReadOnlyList<AttachmentDto> Attachments,
    IReadOnlyList<CommentDto> Comments,
    IReadOnlyList<TimelineEntryDto> Timeline,
    bool SharedWithUnit,
    bool SharedWithYou,
    CustomerWarrantyDto? Warranty = null,
    CustomerAssessmentDto? Assessment = null)
{
    /// <summary>The ticket's version, sent as the ETag header, not in the body.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ETag { get; init; } = "";
}

/// <summary>Where a ticket's problem is, as the registry named it when the ticket was opened.</summary>
/// <param name="Kind">unit, common_area, or description (a place the customer described).</param>
/// <param name="Development">The development, for a unit or common area.</param>
/// <param name="Building">The building, for a unit or a building's common area.</param>
/// <param name="Unit">The unit, by its code.</param>
/// <param name="CommonArea">The common area, by its name.</param>
/// <param name="Description">The customer's words, for a described place.</param>
public sealed record TicketLocationDto(
    LocationKind Kind, NamedReference? Development, NamedReference? Building, NamedReference? Unit, NamedReference? CommonArea, string? Description)
{
    public static TicketLocationDto? From(LocationSnapshot? location) => location is null
        ? null
        : new TicketLocationDto(
            location.Kind,
            Reference(location.DevelopmentId, location.DevelopmentName),
            Reference(location.BuildingId, location.BuildingName),
            Reference(location.UnitId, location.UnitCode),
            Reference(location.CommonAreaId, location.CommonAreaName),
            location.Description);

    /// <summary>A location from its columns as the hand-written readers return them, or null when it has none.</summary>
    public static TicketLocationDto? From(
        string? kind, Guid? developmentId, string? developmentName, Guid? buildingId, string? buildingName, Guid? unitId, string? unitCode,
        Guid? commonAreaId, string? commonAreaName, string? description) => kind is null
        ? null
        : new TicketLocationDto(
            Enum.Parse<LocationKind>(kind),
            Reference(developmentId, developmentName),
            Reference(buildingId, buildingName),
            Reference(unitId, unitCode),
            Reference(commonAreaId, commonAreaName),
            description);

    private static NamedReference? Reference(Guid? id, string? name) => id is { } value && name is not null ? new NamedReference(value, name) : null;
}

public enum TimelineEntryKind
{
    Comment,
    StatusChange,
}

/// <summary>A step of the ticket's history: a comment (see <c>comments</c> by id) or a move to a status.</summary>
/// <param name="Kind">comment or status_change.</param>
/// <param name="At">When it happened.</param>
/// <param name="CommentId">The comment, for a comment.</param>
/// <param name="Status">The status moved to, for a status change.</param>
/// <param name="Automatic">For a status change: a rule moved the ticket (a reply, an unconfirmed ticket closing), not someone's choice.</param>
/// <param name="ChangedBy">
/// For a status change, who caused it: customer (a confirmation, a reply that reopened), staff (the company's team) or
/// system (a job, such as closing an unconfirmed ticket); null for a comment. Staff names are not shown to customers.
/// </param>
public sealed record TimelineEntryDto(TimelineEntryKind Kind, DateTimeOffset At, Guid? CommentId, StatusDto? Status, bool Automatic, AuthorKind? ChangedBy);

public sealed record CommentDto(Guid Id, string Body, DateTimeOffset CreatedAt, CommentAuthorDto Author, IReadOnlyList<AttachmentDto> Attachments);

/// <summary>A file attached to a ticket or comment.</summary>
/// <param name="Id">The attachment's id.</param>
/// <param name="FileName">The name it was uploaded with.</param>
/// <param name="ContentType">Its type, decided from its bytes.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Sha256">The SHA-256 of its bytes in lowercase hex; the download's ETag is this value quoted.</param>
public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, string Sha256)
{
    /// <summary>Where to download it (GET, with the caller's token; supports Range).</summary>
    public string ContentPath => $"/api/v1/attachments/{Id}/content";
}

public sealed record CommentAuthorDto(string Name, AuthorKind Kind);

/// <summary>
/// What the warranty terms said of the request when it was opened, as the customer reads it; only tickets of a subject
/// about a warranty item have it.
/// </summary>
/// <param name="Status">covered, expired or unknown: advice, the team decides.</param>
/// <param name="ExpiresAt">The last day the term covered (included); null when unknown.</param>
/// <param name="Summary">The coverage in the caller's language ("Coberto pela garantia até 12/03/2029").</param>
public sealed record CustomerWarrantyDto(WarrantyCoverageStatus Status, DateOnly? ExpiresAt, string Summary)
{
    public static CustomerWarrantyDto Of(WarrantyCoverageStatus status, DateOnly? expiresAt, string locale) => new(
        status,
        expiresAt,
        (status, expiresAt) switch
        {
            (WarrantyCoverageStatus.Covered, { } lastDay) => Texts.WarrantyCovered.In(locale, lastDay),
            (WarrantyCoverageStatus.Expired, { } lastDay) => Texts.WarrantyExpired.In(locale, lastDay),
            _ => Texts.WarrantyUnknown.In(locale),
        });
}

/// <summary>
/// The team's procedência decision on the request, as the customer reads it. The explanation is also a reply in the
/// ticket's comments, with the evidence files.
/// </summary>
/// <param name="Outcome">procedente (covered), improcedente (not covered) or parcial (covered in part).</param>
/// <param name="OutcomeLabel">The outcome in the caller's language.</param>
/// <param name="Reason">Why not (wholly) covered; null when procedente.</param>
/// <param name="ReasonLabel">The reason in the caller's language; null when procedente.</param>
/// <param name="Explanation">What the team wrote.</param>
/// <param name="Fee">What the customer is charged (a visit fee, a quote), in reais; null when nothing.</param>
/// <param name="AssessedAt">When the decision was recorded.</param>
/// <param name="ContestUntil">
/// The last day the customer may contest the decision (POST .../assessment/contest); null when it cannot be contested
/// (procedente, already contested, or the company takes no contests in PosVendas).
/// </param>
/// <param name="ContestedAt">When the customer contested it; null when they did not.</param>
public sealed record CustomerAssessmentDto(
    AssessmentOutcome Outcome,
    string OutcomeLabel,
    AssessmentReason? Reason,
    string? ReasonLabel,
    string Explanation,
    decimal? Fee,
    DateTimeOffset AssessedAt,
    DateOnly? ContestUntil,
    DateTimeOffset? ContestedAt)
{
    /// <summary>The decision in <paramref name="locale"/>; the contest window only while it can still be used.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="reason">The reason, for a refusal.</param>
    /// <param name="explanation">The team's words.</param>
    /// <param name="fee">The fee, if any.</param>
    /// <param name="assessedAt">When it was recorded.</param>
    /// <param name="contestUntil">Its last day to contest, by the tenant's setting (days after, in its time zone).</param>
    /// <param name="contestDays">The tenant's setting; 0 takes no contests.</param>
    /// <param name="contestedAt">When the ticket was contested, if it was.</param>
    /// <param name="locale">The caller's language.</param>
    public static CustomerAssessmentDto Of(
        AssessmentOutcome outcome,
        AssessmentReason? reason,
        string explanation,
        decimal? fee,
        DateTimeOffset assessedAt,
        DateOnly contestUntil,
        int contestDays,
        DateTimeOffset? contestedAt,
        string locale) => new(
            outcome,
            Texts.AssessmentOutcomes[outcome].In(locale),
            reason,
            reason is { } why ? Texts.AssessmentReasons[why].In(locale) : null,
            explanation,
            fee,
            assessedAt,
            outcome != AssessmentOutcome.Procedente && contestDays > 0 && contestedAt is null ? contestUntil : null,
            contestedAt);
}
