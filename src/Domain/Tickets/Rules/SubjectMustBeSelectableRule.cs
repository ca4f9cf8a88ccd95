using PosVendas.Domain.Catalog;
using PosVendas.Domain.Common;

namespace PosVendas.Domain.Tickets.Rules;

/// <summary>A ticket is opened for an active subject, of an active service type, of the customer's own tenant.</summary>
public sealed class SubjectMustBeSelectableRule(Subject? subject, Guid tenantId) : IBusinessRule
{
    public string Message => "The chosen subject is not available. Pick one of the service types and subjects offered.";

    public bool IsBroken() => subject is null || subject.TenantId != tenantId || !subject.IsSelectable;
}
