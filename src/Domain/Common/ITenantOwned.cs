namespace PosVendas.Domain.Common;

/// <summary>Marks data that belongs to one tenant (incorporadora) and must never be seen by another.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; }
}
