namespace PosVendas.Domain.Warranty;

/// <summary>The date a warranty term runs from, as the builder's manual says.</summary>
public enum WarrantyStart
{
    /// <summary>The unit's handover (entrega das chaves).</summary>
    Handover,

    /// <summary>The development's habite-se (occupancy permit).</summary>
    HabiteSe,
}
