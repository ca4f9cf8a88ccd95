using PosVendas.Domain.Common;
using PosVendas.Domain.Tenancy;

namespace PosVendas.Domain.UnitTests.Tenancy;

public sealed class TenantTests
{
    private static readonly DateTimeOffset Now = TenantCatalog.Now;

    [Fact]
    public void Created_tenant_keeps_its_slug_trimmed_name_locale_and_creation_time()
    {
        var tenant = Tenant.Create("construtora-horizonte", "  Construtora Horizonte  ", Locales.PortugueseBrazil, Now);

        tenant.Slug.Should().Be("construtora-horizonte");
        tenant.Name.Should().Be("Construtora Horizonte");
        tenant.DefaultLocale.Should().Be("pt-BR");
        tenant.CreatedAt.Should().Be(Now);
        tenant.Id.Version.Should().Be(7);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("acme")]
    [InlineData("acme-incorporadora")]
    [InlineData("a1")]
    [InlineData("2b")]
    [InlineData("construtora-2026")]
    [InlineData("a--b")]
    public void Valid_slug_is_accepted(string slug)
    {
        Tenant.IsValidSlug(slug).Should().BeTrue();
        Tenant.Create(slug, "Acme", Locales.English, Now).Slug.Should().Be(slug);
    }

    [Fact]
    public void Slug_of_the_maximum_length_is_accepted()
    {
        var slug = new string('a', Tenant.SlugMaxLength);

        Tenant.Create(slug, "Acme", Locales.English, Now).Slug.Should().Be(slug);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Acme")]
    [InlineData("ACME")]
    [InlineData("-acme")]
    [InlineData("acme-")]
    [InlineData("acme_inc")]
    [InlineData("acme inc")]
    [InlineData(" acme")]
    [InlineData("acme.com")]
    [InlineData("construtora-são-paulo")]
    [InlineData("a")]
    [InlineData("acme\n")]
    public void Invalid_slug_is_rejected(string? slug)
    {
        Tenant.IsValidSlug(slug).Should().BeFalse();

        var create = () => Tenant.Create(slug!, "Acme", Locales.English, Now);

        create.Should().Throw<ArgumentException>().WithParameterName("slug");
    }

    [Fact]
    public void Slug_over_the_maximum_length_is_rejected()
    {
        var create = () => Tenant.Create(new string('a', Tenant.SlugMaxLength + 1), "Acme", Locales.English, Now);

        create.Should().Throw<ArgumentException>().WithParameterName("slug");
    }

    [Theory]
    [InlineData(Locales.PortugueseBrazil)]
    [InlineData(Locales.English)]
    [InlineData(Locales.Spanish)]
    public void Supported_locale_is_accepted(string locale)
    {
        Tenant.Create("acme", "Acme", locale, Now).DefaultLocale.Should().Be(locale);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fr")]
    [InlineData("pt")]
    [InlineData("pt-br")]
    [InlineData("en-US")]
    public void Unsupported_locale_is_rejected(string? locale)
    {
        var create = () => Tenant.Create("acme", "Acme", locale!, Now);

        create.Should().Throw<ArgumentException>().WithParameterName("defaultLocale");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Tenant_without_a_name_is_rejected(string name)
    {
        var create = () => Tenant.Create("acme", name, Locales.English, Now);

        create.Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void Tenant_name_over_the_maximum_length_is_rejected()
    {
        var create = () => Tenant.Create("acme", new string('n', Tenant.NameMaxLength + 1), Locales.English, Now);

        create.Should().Throw<ArgumentException>().WithParameterName("name");
    }
}
