using PosVendas.Domain.Catalog;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations;

namespace PosVendas.Domain.Tickets.Rules;

/// <summary>
/// A subject that needs a place gets one, of the kind it is about: "Infiltração no apartamento" a unit, "Piscina" a
/// common area.
/// </summary>
public sealed class LocationMustSuitTheSubjectRule(Subject subject, LocationSnapshot? location) : IBusinessRule
{
    public string Message => location is null
        ? $"The subject '{subject.Name}' needs the place the problem is in."
        : $"The subject '{subject.Name}' is about {subject.Location}, not about a {location.Kind}.";

    public IReadOnlyList<object> MessageArguments => [subject.Name];

    public bool IsBroken() => location is null ? subject.LocationRequired : !subject.Accepts(location.Kind);
}
