using PosVendas.Domain.Common;

namespace PosVendas.Domain.Catalog.Rules;

/// <summary>New routing goes only to departments that still work tickets.</summary>
public sealed class DepartmentMustBeActiveRule(Department department) : IBusinessRule
{
    public string Message => $"The department '{department.Name}' is inactive; route the subject to an active one.";

    public IReadOnlyList<object> MessageArguments => [department.Name];

    public bool IsBroken() => !department.IsActive;
}
