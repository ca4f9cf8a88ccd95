using PosVendas.Domain.Common;

namespace PosVendas.Domain.Tickets.Events;

public sealed record TicketOpenedEvent(Guid TenantId, Guid TicketId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A reply the customer can read (internal notes raise nothing).</summary>
public sealed record PublicReplyAddedEvent(Guid TenantId, Guid TicketId, Guid CommentId, AuthorKind AuthorKind, DateTimeOffset OccurredAt)
    : IDomainEvent;

public sealed record TicketStatusChangedEvent(
    Guid TenantId,
    Guid TicketId,
    Guid FromStatusId,
    Guid ToStatusId,
    AuthorKind ChangedByKind,
    DateTimeOffset OccurredAt) : IDomainEvent;
