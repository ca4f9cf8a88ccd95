using PosVendas.Domain.Common;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Warranty.Rules;

namespace PosVendas.Domain.UnitTests.Warranty;

public sealed class WarrantyCatalogTests
{
    private static readonly Guid TenantId = Guid.NewGuid();

    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Versions_are_numbered_in_order_and_start_as_drafts()
    {
        var catalog = WarrantyCatalog.Create(TenantId, " Manual do proprietário ", reviewRequired: true, Now);

        var first = catalog.AddVersion([WarrantyTermTests.Spec("impermeabilizacao")], Now);
        var second = catalog.AddVersion([WarrantyTermTests.Spec("impermeabilizacao", 36)], Now.AddDays(1));

        catalog.Name.Should().Be("Manual do proprietário");
        catalog.ReviewRequired.Should().BeTrue();
        (first.Number, second.Number).Should().Be((1, 2));
        first.IsPublished.Should().BeFalse();
        catalog.Version(2).Should().BeSameAs(second);
        second.Item("impermeabilizacao")!.TermMonths.Should().Be(36);
    }

    [Fact]
    public void A_published_version_never_changes()
    {
        var version = WarrantyCatalog.Create(TenantId, "Manual", false, Now).AddVersion([WarrantyTermTests.Spec("estrutura")], Now);
        version.Publish(Now);

        var replace = () => version.ReplaceItems([WarrantyTermTests.Spec("fachada")]);
        var republish = () => version.Publish(Now);

        replace.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Should().BeOfType<PublishedTermsAreFinalRule>();
        republish.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Should().BeOfType<PublishedTermsAreFinalRule>();
        version.Items.Should().ContainSingle(item => item.Key == "estrutura");
        version.PublishedAt.Should().Be(Now);
    }

    [Fact]
    public void A_version_without_items_is_not_published()
    {
        var version = WarrantyCatalog.Create(TenantId, "Manual", false, Now).AddVersion([], Now);

        var publish = () => version.Publish(Now);

        publish.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Should().BeOfType<PublishedTermsHaveItemsRule>();
    }

    [Fact]
    public void Each_item_of_a_version_has_its_own_key()
    {
        var catalog = WarrantyCatalog.Create(TenantId, "Manual", false, Now);

        var add = () => catalog.AddVersion([WarrantyTermTests.Spec("estrutura"), WarrantyTermTests.Spec("estrutura", 12)], Now);

        add.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Should().BeOfType<WarrantyItemKeyMustBeUniqueRule>();
    }

    [Theory]
    [InlineData("Impermeabilização")]
    [InlineData("with space")]
    [InlineData("-leading")]
    [InlineData("")]
    public void An_item_key_is_lower_case_letters_digits_dashes_and_underscores(string key)
    {
        WarrantyItem.IsKey(key).Should().BeFalse();
        WarrantyItem.IsKey("impermeabilizacao_2").Should().BeTrue();
    }

    [Fact]
    public void A_development_is_pinned_only_to_published_terms_and_stays_on_them()
    {
        var catalog = WarrantyCatalog.Create(TenantId, "Manual", false, Now);
        var draft = catalog.AddVersion([WarrantyTermTests.Spec("estrutura")], Now);
        var development = Development.Create(TenantId, "Residencial Parque", "RP", null, null, null);

        var pinDraft = () => development.PinWarrantyTerms(draft);
        pinDraft.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Should().BeOfType<OnlyPublishedTermsArePinnedRule>();

        draft.Publish(Now);
        development.PinWarrantyTerms(draft);
        catalog.AddVersion([WarrantyTermTests.Spec("estrutura", 36)], Now).Publish(Now);

        development.WarrantyTermsId.Should().Be(draft.Id);
    }

    [Fact]
    public void A_subject_maps_to_an_item_key_and_can_be_unmapped()
    {
        var subject = new TenantCatalog().Subject;

        subject.MapToWarrantyItem("impermeabilizacao");
        subject.WarrantyItemKey.Should().Be("impermeabilizacao");
        subject.MapToWarrantyItem(null);
        subject.WarrantyItemKey.Should().BeNull();
        var invalid = () => subject.MapToWarrantyItem("Not a key");
        invalid.Should().Throw<ArgumentException>();
    }
}
