using PosVendas.Domain.Common;

namespace PosVendas.Domain.Locations.Rules;

/// <summary>A place tickets were opened about stays in the registry: deactivate it instead.</summary>
public sealed class LocationWithTicketsIsNotDeletedRule(string name, bool hasTickets) : IBusinessRule
{
    public string Message => $"Tickets were opened about '{name}'; deactivate it instead of deleting it.";

    public IReadOnlyList<object> MessageArguments => [name];

    public bool IsBroken() => hasTickets;
}
