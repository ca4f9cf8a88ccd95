using PosVendas.Application.Common.Responses;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Tickets;

public sealed record StatusDto(Guid Id, string Name, StatusCategory Category);

/// <summary>A row of the customer's ticket list.</summary>
public sealed record TicketSummaryDto(
    int Number,
    NamedReference ServiceType,
    NamedReference Subject,
    StatusDto Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset LastActivityAt);

/// <summary>A ticket with its whole conversation.</summary>
public sealed record TicketDetailResponse(
    int Number,
    NamedReference ServiceType,
    NamedReference Subject,
    NamedReference Department,
    StatusDto Status,
    string Description,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    IReadOnlyList<AttachmentDto> Attachments,
    IReadOnlyList<CommentDto> Comments);

public sealed record CommentDto(Guid Id, string Body, DateTimeOffset CreatedAt, CommentAuthorDto Author, IReadOnlyList<AttachmentDto> Attachments);

/// <summary>A file attached to a ticket or comment; download it from /api/v1/attachments/{id}/content.</summary>
public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size);

public sealed record CommentAuthorDto(string Name, AuthorKind Kind);
