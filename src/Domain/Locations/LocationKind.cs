namespace PosVendas.Domain.Locations;

/// <summary>What a ticket is about: a registered unit, a common area, or a place the customer described.</summary>
public enum LocationKind
{
    Unit,
    CommonArea,

    /// <summary>Free text, when the customer's unit is not registered: it stands for a unit.</summary>
    Description,
}
