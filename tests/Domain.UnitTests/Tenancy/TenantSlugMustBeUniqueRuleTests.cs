using PosVendas.Domain.Common;
using PosVendas.Domain.Tenancy.Rules;

namespace PosVendas.Domain.UnitTests.Tenancy;

public sealed class TenantSlugMustBeUniqueRuleTests
{
    [Fact]
    public void Taken_slug_breaks_TenantSlugMustBeUnique()
    {
        IBusinessRule rule = new TenantSlugMustBeUniqueRule("acme", slugIsTaken: true);

        rule.IsBroken().Should().BeTrue();
        rule.Name.Should().Be("TenantSlugMustBeUnique");
        rule.Message.Should().Contain("'acme'");
    }

    [Fact]
    public void Free_slug_keeps_TenantSlugMustBeUnique()
    {
        new TenantSlugMustBeUniqueRule("acme", slugIsTaken: false).IsBroken().Should().BeFalse();
    }
}
