namespace PosVendas.Benchmarks.RawBaseline;

// The shapes of the API's responses (src/Application/Tickets/TicketResponses.cs), serialized with the same options
// (camelCase, enums as snake_case strings), so both sides write comparable JSON.

internal enum StatusCategory
{
    New,
    Open,
    Pending,
    OnHold,
    Solved,
    Closed,
}

internal enum AuthorKind
{
    Customer,
    Staff,
}

internal enum TimelineEntryKind
{
    Comment,
    StatusChange,
}

internal sealed record NamedReference(Guid Id, string Name);

internal sealed record StatusDto(Guid Id, string Name, StatusCategory Category);

internal sealed record TicketSummaryDto(
    int Number,
    NamedReference ServiceType,
    NamedReference Subject,
    StatusDto Status,
    TicketLocationDto? Location,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    bool SharedWithYou);

internal sealed record TicketListResponse(IReadOnlyList<TicketSummaryDto> Items, string? NextCursor);

internal sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, string Sha256)
{
    public string ContentPath => $"/api/v1/attachments/{Id}/content";
}

internal sealed record CommentAuthorDto(string Name, AuthorKind Kind);

internal sealed record CommentDto(Guid Id, string Body, DateTimeOffset CreatedAt, CommentAuthorDto Author, IReadOnlyList<AttachmentDto> Attachments);

internal sealed record TimelineEntryDto(TimelineEntryKind Kind, DateTimeOffset At, Guid? CommentId, StatusDto? Status, bool Automatic, AuthorKind? ChangedBy);

internal sealed record TicketDetailResponse(
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
    CustomerWarrantyDto? Warranty);

/// <summary>The API's customer view of a ticket's warranty coverage: status, last day and a sentence.</summary>
internal sealed record CustomerWarrantyDto(string Status, DateOnly? ExpiresAt, string Summary);

internal sealed record OpenTicketRequest(Guid? SubjectId, string? Description);

internal sealed record ReplyRequest(string? Body);

/// <summary>The e-mail payload of an outbox message, as the API serializes it (default options, PascalCase).</summary>
internal sealed record OutboxEmail(string To, string? ToName, string Subject, string Text, string Html);

internal sealed record TicketLocationDto(
    string Kind, NamedReference? Development, NamedReference? Building, NamedReference? Unit, NamedReference? CommonArea, string? Description);
