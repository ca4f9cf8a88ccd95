namespace PosVendas.Domain.Common;

public sealed class BusinessRuleValidationException(IBusinessRule rule) : Exception(rule.Message)
{
    public IBusinessRule BrokenRule { get; } = rule;

    public static void ThrowIfBroken(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }
    }
}
