namespace PosVendas.Domain.Common;

/// <summary>Something that happened to an aggregate, recorded in the same transaction as the change itself.</summary>
public interface IDomainEvent
{
    Guid TenantId { get; }

    DateTimeOffset OccurredAt { get; }
}
