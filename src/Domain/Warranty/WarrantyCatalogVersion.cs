using PosVendas.Domain.Common;
using PosVendas.Domain.Warranty.Rules;

namespace PosVendas.Domain.Warranty;

/// <summary>
/// One edition of a catalog's terms. A draft's items may be replaced; once published it never changes, so the
/// developments pinned to it keep the terms their buyers received.
/// </summary>
public sealed class WarrantyCatalogVersion : ITenantOwned
{
    public const int MaxItems = 200;

    private readonly List<WarrantyItem> _items = [];

    private WarrantyCatalogVersion()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CatalogId { get; private set; }

    /// <summary>1 for the catalog's first version, then one more for each.</summary>
    public int Number { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    /// <summary>The items in the order the admin listed them.</summary>
    public IReadOnlyList<WarrantyItem> Items => _items;

    internal static WarrantyCatalogVersion Create(Guid tenantId, Guid catalogId, int number, IReadOnlyList<WarrantyItemSpec> items, DateTimeOffset now)
    {
        var version = new WarrantyCatalogVersion
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            CatalogId = catalogId,
            Number = number,
            CreatedAt = now,
        };
        version.ReplaceItems(items);
        return version;
    }

    /// <summary>The item named <paramref name="key"/>, or null.</summary>
    public WarrantyItem? Item(string key) => _items.FirstOrDefault(item => item.Key == key);

    /// <summary>Replaces every item of a draft.</summary>
    public void ReplaceItems(IReadOnlyList<WarrantyItemSpec> items)
    {
        BusinessRuleValidationException.ThrowIfBroken(new PublishedTermsAreFinalRule(Number, IsPublished));
        var repeated = items.GroupBy(item => item.Key, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1)?.Key;
        BusinessRuleValidationException.ThrowIfBroken(new WarrantyItemKeyMustBeUniqueRule(repeated));
        if (items.Count > MaxItems)
        {
            throw new ArgumentException($"At most {MaxItems} items.", nameof(items));
        }

        _items.Clear();
        _items.AddRange(items.Select((spec, position) => WarrantyItem.Create(TenantId, Id, position, spec)));
    }

    /// <summary>Makes the draft the terms developments may be pinned to; it never changes after this.</summary>
    public void Publish(DateTimeOffset now)
    {
        BusinessRuleValidationException.ThrowIfBroken(new PublishedTermsAreFinalRule(Number, IsPublished));
        BusinessRuleValidationException.ThrowIfBroken(new PublishedTermsHaveItemsRule(_items.Count));
        PublishedAt = now;
    }
}
