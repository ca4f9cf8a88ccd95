using PosVendas.Application.Common.Responses;
using PosVendas.Application.Warranty;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Warranty;

namespace PosVendas.Application.Tickets;

public sealed record QueueCustomerDto(string Name, string Email);

/// <summary>
/// A row of the staff queue; <c>Location</c> as named when the ticket was opened, null when it has none; <c>Warranty</c>
/// the coverage recorded at opening, null for a subject about no warranty item.
/// </summary>
public sealed record TicketQueueItemDto(
    int Number,
    NamedReference ServiceType,
    NamedReference Subject,
    NamedReference Department,
    StatusDto Status,
    QueueCustomerDto Customer,
    TicketLocationDto? Location,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    TicketWarrantyDto? Warranty = null);

public sealed record TicketQueueResponse(IReadOnlyList<TicketQueueItemDto> Items, string? NextCursor);

/// <summary>A comment as staff see it: internal notes included and marked.</summary>
public sealed record StaffCommentDto(
    Guid Id,
    string Body,
    DateTimeOffset CreatedAt,
    CommentAuthorDto Author,
    bool IsInternal,
    IReadOnlyList<AttachmentDto> Attachments);

/// <param name="From">The status before.</param>
/// <param name="To">The status after.</param>
/// <param name="ChangedBy">Who moved it, or whose reply did: a person's name, or PosVendas for its own jobs.</param>
/// <param name="ChangedAt">When.</param>
/// <param name="Automatic">A rule moved the ticket (a reply, an unconfirmed ticket closing), not someone's choice.</param>
public sealed record StatusChangeDto(StatusDto From, StatusDto To, string ChangedBy, DateTimeOffset ChangedAt, bool Automatic);

/// <summary>
/// A ticket as staff see it, with its version for conditional changes (the ETag) and the statuses it can move to: the
/// active statuses of its flow (its service type's own, else the tenant's), in order. <c>SharedWithUnit</c>: the
/// customer let the unit's other owners read it. <c>Warranty</c>: what the warranty terms said when it was opened, for a
/// subject mapped to a warranty item; null otherwise. <c>Assessments</c>: the procedência decisions, newest (in force)
/// first; <c>Contest</c>: the customer's contest of one, if any.
/// </summary>
public sealed record StaffTicketResponse(
    int Number,
    NamedReference ServiceType,
    NamedReference Subject,
    NamedReference Department,
    TicketLocationDto? Location,
    StatusDto Status,
    QueueCustomerDto Customer,
    string Description,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    IReadOnlyList<AttachmentDto> Attachments,
    IReadOnlyList<StaffCommentDto> Comments,
    IReadOnlyList<StatusChangeDto> StatusHistory,
    IReadOnlyList<StatusDto> AvailableStatuses,
    bool SharedWithUnit,
    IReadOnlyList<AssessmentDto> Assessments,
    AssessmentContestDto? Contest,
    TicketWarrantyDto? Warranty = null)
{
    /// <summary>Sent as the ETag header, not in the body.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ETag { get; init; } = "";
}

/// <summary>The warranty coverage a ticket recorded when it was opened.</summary>
/// <param name="Status">covered, expired or unknown, as computed at opening: advice, never a refusal.</param>
/// <param name="Gap">Why it was unknown: no_unit, no_term, no_handover_date or no_habite_se_date.</param>
/// <param name="ItemKey">The warranty item that applied; null when none did.</param>
/// <param name="TermMonths">Its term, in months.</param>
/// <param name="StartsAt">The day the term ran from.</param>
/// <param name="ExpiresAt">The last day the term covered (included).</param>
public sealed record TicketWarrantyDto(
    WarrantyCoverageStatus Status, WarrantyCoverageGap? Gap, string? ItemKey, int? TermMonths, DateOnly? StartsAt, DateOnly? ExpiresAt)
{
    public static TicketWarrantyDto? From(TicketWarranty? warranty) => warranty is null
        ? null
        : new(warranty.Status, warranty.Gap, warranty.ItemKey, warranty.TermMonths, warranty.StartsOn, warranty.LastDay);
}
