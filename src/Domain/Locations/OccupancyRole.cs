namespace PosVendas.Domain.Locations;

/// <summary>How a person is linked to a place.</summary>
public enum OccupancyRole
{
    /// <summary>Proprietário: owns the unit.</summary>
    Owner,

    /// <summary>Coproprietário: owns the unit with others, and signs in with their own identity.</summary>
    CoOwner,

    /// <summary>Inquilino or morador: lives in the unit.</summary>
    TenantResident,

    /// <summary>Síndico of a development or building: opens tickets about its common areas.</summary>
    Syndic,
}
