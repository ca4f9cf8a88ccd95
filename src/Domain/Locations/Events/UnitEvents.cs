using PosVendas.Domain.Common;

namespace PosVendas.Domain.Locations.Events;

/// <summary>A unit was registered, by an admin or an ERP import.</summary>
public sealed record UnitRegisteredEvent(Guid TenantId, Guid UnitId, string? ExternalId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A unit's code, handover date, external id, building or state changed; raised once per change set.</summary>
public sealed record UnitChangedEvent(Guid TenantId, Guid UnitId, string? ExternalId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A unit registered by mistake was deleted (a unit with tickets never is).</summary>
public sealed record UnitDeletedEvent(Guid TenantId, Guid UnitId, string? ExternalId, DateTimeOffset OccurredAt) : IDomainEvent;
