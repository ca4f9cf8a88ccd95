using PosVendas.Domain.Common;

namespace PosVendas.Domain.Locations;

/// <summary>The ids an ERP (Sienge, Mega, UAU) gives developments, buildings and units: opaque text, unique per tenant.</summary>
public static class ExternalIds
{
    public const int MaxLength = 100;

    internal static string? Optional(string? externalId) => Text.Optional(externalId, MaxLength, nameof(externalId));
}
