using PosVendas.Domain.Common;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Warranty;

namespace PosVendas.Domain.Tickets.Events;

/// <summary>
/// The ticket an event is about, as it stood when the event happened. Events carry it so that the notifications they
/// cause are written without reading back rows that the same transaction has not saved yet.
/// </summary>
/// <summary>What a ticket event says about its ticket; <paramref name="Location"/> as named when it was opened.</summary>
public sealed record TicketSnapshot(Guid Id, int Number, Guid CustomerId, Guid SubjectId, Guid DepartmentId, LocationSnapshot? Location = null);

public sealed record TicketOpenedEvent(Guid TenantId, TicketSnapshot Ticket, string Description, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A reply the customer can read (internal notes raise nothing).</summary>
public sealed record PublicReplyAddedEvent(
    Guid TenantId,
    TicketSnapshot Ticket,
    Guid CommentId,
    AuthorKind AuthorKind,
    string Body,
    DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The ticket moved to another status; <c>IsAutomatic</c> when a rule moved it rather than someone's choice.</summary>
public sealed record TicketStatusChangedEvent(
    Guid TenantId,
    TicketSnapshot Ticket,
    Guid FromStatusId,
    Guid ToStatusId,
    AuthorKind ChangedByKind,
    bool IsAutomatic,
    DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>Staff recorded an assessment (procedência decision); <c>SupersedesId</c> when it corrects an earlier one.</summary>
public sealed record TicketAssessedEvent(
    Guid TenantId,
    TicketSnapshot Ticket,
    Guid AssessmentId,
    AssessmentOutcome Outcome,
    AssessmentReason? Reason,
    string Explanation,
    decimal? Fee,
    Guid? SupersedesId,
    DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The customer contested the ticket's assessment, with the comment holding their reasons.</summary>
public sealed record AssessmentContestedEvent(
    Guid TenantId,
    TicketSnapshot Ticket,
    Guid AssessmentId,
    Guid CommentId,
    DateTimeOffset OccurredAt) : IDomainEvent;
