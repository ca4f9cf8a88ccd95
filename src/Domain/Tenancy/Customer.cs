using PosVendas.Domain.Common;

namespace PosVendas.Domain.Tenancy;

/// <summary>
/// A home buyer of one tenant, known by the subject of the identity provider's token. E-mail and name follow the
/// token, so the portal login address is the one notifications go to.
/// </summary>
public sealed class Customer : ITenantOwned
{
    public const int SubjectMaxLength = 200;
    public const int EmailMaxLength = 320;
    public const int NameMaxLength = 200;

    private Customer()
    {
        Subject = null!;
        Email = null!;
        Name = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Subject { get; private set; }

    public string Email { get; private set; }

    public string Name { get; private set; }

    /// <summary>The language the customer's token last asked for (pt-BR, en, es), if any.</summary>
    public string? Locale { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Customer Register(Guid tenantId, string subject, string email, string name, string? locale, DateTimeOffset now) => new()
    {
        Locale = Locales.IsSupported(locale) ? locale : null,
        Id = Guid.CreateVersion7(now),
        TenantId = tenantId,
        Subject = Text.Required(subject, SubjectMaxLength, nameof(subject)),
        Email = Text.Required(email, EmailMaxLength, nameof(email)),
        Name = Text.Required(name, NameMaxLength, nameof(name)),
        CreatedAt = now,
        UpdatedAt = now,
    };
}
