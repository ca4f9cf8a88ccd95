using System.Text.RegularExpressions;
using PosVendas.Domain.Common;

namespace PosVendas.Domain.Warranty;

/// <summary>
/// One line of a builder's warranty terms: a building system and component, the failures it covers, for how many
/// months from which date, on what legal basis, and what voids it. Belongs to one <see cref="WarrantyCatalogVersion"/>
/// and changes only with it.
/// </summary>
public sealed partial class WarrantyItem : ITenantOwned
{
    public const int KeyMaxLength = 60;
    public const int LegalBasisMaxLength = 300;
    public const int ListEntryMaxLength = 200;
    public const int MaxListEntries = 20;

    private WarrantyItem()
    {
        Key = null!;
        System = null!;
        Component = null!;
        FailureTypes = null!;
        LossConditions = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid VersionId { get; private set; }

    /// <summary>The item's place in its version, as the admin listed it (0 first).</summary>
    public int Position { get; private set; }

    /// <summary>
    /// The item's name for subjects ("impermeabilizacao"): the same in every version of the catalog, so a subject
    /// mapped to it finds it in whichever version a development is pinned to.
    /// </summary>
    public string Key { get; private set; }

    /// <summary>The building system ("Impermeabilização").</summary>
    public LocalizedText System { get; private set; }

    /// <summary>The component ("Lajes, terraços e áreas molhadas").</summary>
    public LocalizedText Component { get; private set; }

    /// <summary>The failures the term covers ("infiltração", "descolamento").</summary>
    public IReadOnlyList<string> FailureTypes { get; private set; }

    public int TermMonths { get; private set; }

    public WarrantyStart StartsFrom { get; private set; }

    /// <summary>Where the term comes from ("NBR 17170, Código Civil art. 618"), as the manual states it.</summary>
    public string? LegalBasis { get; private set; }

    /// <summary>What voids the warranty for this item ("reforma pelo proprietário", "falta de manutenção").</summary>
    public IReadOnlyList<string> LossConditions { get; private set; }

    /// <summary>Whether <paramref name="key"/> is an item key: lower-case letters, digits, '-' and '_'.</summary>
    public static bool IsKey(string? key) => key is { Length: > 0 and <= KeyMaxLength } && KeyPattern().IsMatch(key);

    internal static WarrantyItem Create(Guid tenantId, Guid versionId, int position, WarrantyItemSpec spec)
    {
        if (!IsKey(spec.Key))
        {
            throw new ArgumentException("An item key is lower-case letters, digits, '-' and '_'.", nameof(spec));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(spec.TermMonths);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(spec.TermMonths, WarrantyTerm.MaxMonths);
        return new WarrantyItem
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            VersionId = versionId,
            Position = position,
            Key = spec.Key,
            System = spec.System,
            Component = spec.Component,
            FailureTypes = List(spec.FailureTypes, nameof(spec.FailureTypes)),
            TermMonths = spec.TermMonths,
            StartsFrom = spec.StartsFrom,
            LegalBasis = Text.Optional(spec.LegalBasis, LegalBasisMaxLength, nameof(spec.LegalBasis)),
            LossConditions = List(spec.LossConditions, nameof(spec.LossConditions)),
        };
    }

    private static string[] List(IReadOnlyList<string>? entries, string paramName)
    {
        var list = (entries ?? []).Select(entry => Text.Required(entry, ListEntryMaxLength, paramName)).ToArray();
        return list.Length <= MaxListEntries ? list : throw new ArgumentException($"At most {MaxListEntries} entries.", paramName);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}

/// <summary>What an admin gives for one item of a catalog version.</summary>
public sealed record WarrantyItemSpec(
    string Key,
    LocalizedText System,
    LocalizedText Component,
    IReadOnlyList<string>? FailureTypes,
    int TermMonths,
    WarrantyStart StartsFrom,
    string? LegalBasis,
    IReadOnlyList<string>? LossConditions);
