using PosVendas.Domain.Common;

namespace PosVendas.Domain.Catalog.Rules;

/// <summary>Departments, service types, and the subjects of one service type, each have distinct names.</summary>
public sealed class CatalogNameMustBeUniqueRule(string kind, string name, bool nameIsTaken) : IBusinessRule
{
    public string Message => $"There already is a {kind} named '{name.Trim()}'.";

    public IReadOnlyList<object> MessageArguments => [name.Trim()];

    public bool IsBroken() => nameIsTaken;
}
