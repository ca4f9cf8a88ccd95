using PosVendas.Domain.Common;

namespace PosVendas.Domain.UnitTests.Common;

public sealed class BusinessRuleValidationExceptionTests
{
    [Fact]
    public void Broken_rule_is_thrown_with_its_message_and_the_rule_itself()
    {
        var rule = new FixedRule(isBroken: true);

        var check = () => BusinessRuleValidationException.ThrowIfBroken(rule);

        check.Should().Throw<BusinessRuleValidationException>()
            .WithMessage(rule.Message)
            .Which.BrokenRule.Should().BeSameAs(rule);
    }

    [Fact]
    public void Rule_that_holds_does_not_throw()
    {
        var check = () => BusinessRuleValidationException.ThrowIfBroken(new FixedRule(isBroken: false));

        check.Should().NotThrow();
    }

    private sealed class FixedRule(bool isBroken) : IBusinessRule
    {
        public string Name => "Fixed";

        public string Message => "The fixed rule is broken.";

        public bool IsBroken() => isBroken;
    }
}
