using PosVendas.Domain.Common;
using PosVendas.Domain.Locations.Rules;

namespace PosVendas.Domain.Locations;

/// <summary>A torre or bloco of a development.</summary>
public sealed class Building : ITenantOwned
{
    public const int NameMaxLength = 120;

    private Building()
    {
        Name = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid DevelopmentId { get; private set; }

    public string Name { get; private set; }

    public string? ExternalId { get; private set; }

    public bool IsActive { get; private set; }

    public static Building Create(Development development, string name, string? externalId)
    {
        BusinessRuleValidationException.ThrowIfBroken(new ParentLocationMustBeActiveRule(development.Name, development.IsActive));
        return new Building
        {
            Id = Guid.CreateVersion7(),
            TenantId = development.TenantId,
            DevelopmentId = development.Id,
            Name = Text.Required(name, NameMaxLength, nameof(name)),
            ExternalId = ExternalIds.Optional(externalId),
            IsActive = true,
        };
    }

    public void Update(string name, string? externalId)
    {
        Name = Text.Required(name, NameMaxLength, nameof(name));
        ExternalId = ExternalIds.Optional(externalId) ?? ExternalId;
    }

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
