using PosVendas.Domain.Common;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Warranty.Rules;

namespace PosVendas.Domain.Locations;

/// <summary>
/// An empreendimento: what a builder delivered under one name, with its buildings (torres, blocos), units and common
/// areas. ERPs own this registry and push it by <see cref="ExternalId"/>.
/// </summary>
public sealed class Development : ITenantOwned
{
    public const int NameMaxLength = 160;
    public const int CodeMaxLength = 40;
    public const int AddressMaxLength = 300;

    private Development()
    {
        Name = null!;
        Code = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The builder's short code ("RESPARQUE"), unique within the tenant.</summary>
    public string Code { get; private set; }

    public string? Address { get; private set; }

    /// <summary>The date of the habite-se (occupancy permit), when known: some warranty terms start from it.</summary>
    public DateOnly? HabiteSeDate { get; private set; }

    /// <summary>The ERP's id, unique within the tenant among developments.</summary>
    public string? ExternalId { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>The published warranty terms the development's buyers received; null until an admin pins them.</summary>
    public Guid? WarrantyTermsId { get; private set; }

    /// <summary>Pins the development to a published catalog version; publishing a newer one does not move it.</summary>
    public void PinWarrantyTerms(WarrantyCatalogVersion terms)
    {
        BusinessRuleValidationException.ThrowIfBroken(new OnlyPublishedTermsArePinnedRule(terms.Number, terms.IsPublished));
        WarrantyTermsId = terms.Id;
    }

    public void UnpinWarrantyTerms() => WarrantyTermsId = null;

    public static Development Create(Guid tenantId, string name, string code, string? address, DateOnly? habiteSeDate, string? externalId) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        Name = Text.Required(name, NameMaxLength, nameof(name)),
        Code = Text.Required(code, CodeMaxLength, nameof(code)),
        Address = Text.Optional(address, AddressMaxLength, nameof(address)),
        HabiteSeDate = habiteSeDate,
        ExternalId = ExternalIds.Optional(externalId),
        IsActive = true,
    };

    /// <summary>Replaces every descriptive field; the external id is kept unless <paramref name="externalId"/> names one.</summary>
    public void Update(string name, string code, string? address, DateOnly? habiteSeDate, string? externalId)
    {
        Name = Text.Required(name, NameMaxLength, nameof(name));
        Code = Text.Required(code, CodeMaxLength, nameof(code));
        Address = Text.Optional(address, AddressMaxLength, nameof(address));
        HabiteSeDate = habiteSeDate;
        ExternalId = ExternalIds.Optional(externalId) ?? ExternalId;
    }

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
