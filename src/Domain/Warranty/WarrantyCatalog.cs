using PosVendas.Domain.Common;

namespace PosVendas.Domain.Warranty;

/// <summary>
/// A builder's warranty terms (the owner's manual's table), in versions. A catalog copied from the reference template
/// that ships with PosVendas is marked for review until an admin says it matches the manual the buyers received.
/// </summary>
public sealed class WarrantyCatalog : ITenantOwned
{
    public const int NameMaxLength = 120;

    private readonly List<WarrantyCatalogVersion> _versions = [];

    private WarrantyCatalog()
    {
        Name = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Copied from the reference template and not yet checked against the builder's manual.</summary>
    public bool ReviewRequired { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<WarrantyCatalogVersion> Versions => _versions;

    public static WarrantyCatalog Create(Guid tenantId, string name, bool reviewRequired, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        TenantId = tenantId,
        Name = Text.Required(name, NameMaxLength, nameof(name)),
        ReviewRequired = reviewRequired,
        CreatedAt = now,
    };

    public void Rename(string name) => Name = Text.Required(name, NameMaxLength, nameof(name));

    /// <summary>An admin checked the terms against the builder's manual.</summary>
    public void MarkReviewed() => ReviewRequired = false;

    /// <summary>Starts a new draft version with <paramref name="items"/>, numbered after the last.</summary>
    public WarrantyCatalogVersion AddVersion(IReadOnlyList<WarrantyItemSpec> items, DateTimeOffset now)
    {
        var number = _versions.Count == 0 ? 1 : _versions.Max(version => version.Number) + 1;
        var version = WarrantyCatalogVersion.Create(TenantId, Id, number, items, now);
        _versions.Add(version);
        return version;
    }

    public WarrantyCatalogVersion? Version(int number) => _versions.FirstOrDefault(version => version.Number == number);
}
