using System.Text.RegularExpressions;
using PosVendas.Domain.Common;

namespace PosVendas.Domain.Tenancy;

/// <summary>An incorporadora: one company using PosVendas, isolated from every other.</summary>
public sealed partial class Tenant
{
    public const int SlugMaxLength = 63;
    public const int NameMaxLength = 200;

    private Tenant()
    {
        Slug = null!;
        Name = null!;
        DefaultLocale = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The identifier carried by access tokens in the <c>tenant</c> claim.</summary>
    public string Slug { get; private set; }

    public string Name { get; private set; }

    public string DefaultLocale { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Tenant Create(string slug, string name, string defaultLocale, DateTimeOffset now)
    {
        if (!IsValidSlug(slug))
        {
            throw new ArgumentException("A slug is 2 to 63 lowercase letters, digits or hyphens.", nameof(slug));
        }

        if (!Locales.IsSupported(defaultLocale))
        {
            throw new ArgumentException($"Locale '{defaultLocale}' is not supported.", nameof(defaultLocale));
        }

        return new Tenant
        {
            Id = Guid.CreateVersion7(now),
            Slug = slug,
            Name = Text.Required(name, NameMaxLength, nameof(name)),
            DefaultLocale = defaultLocale,
            CreatedAt = now,
        };
    }

    public static bool IsValidSlug(string? slug) => slug is not null && SlugPattern().IsMatch(slug);

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]\z")]
    private static partial Regex SlugPattern();
}
