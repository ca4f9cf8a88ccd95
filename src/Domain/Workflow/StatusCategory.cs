namespace PosVendas.Domain.Workflow;

/// <summary>
/// The fixed meaning behind a tenant's own status names. Statuses are configurable; categories are not, so rules
/// (a closed ticket takes no replies) work whatever a company calls its stages.
/// </summary>
public enum StatusCategory
{
    New,
    Open,
    Pending,
    OnHold,
    Solved,
    Closed,
}
