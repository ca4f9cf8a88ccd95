using PosVendas.Domain.Common;

namespace PosVendas.Domain.Notifications.Rules;

public sealed class OnlyDeadMessagesAreRedeliveredRule(OutboxMessage message) : IBusinessRule
{
    public string Message => "Only messages that exhausted their attempts are redelivered; this one is pending or delivered.";

    public bool IsBroken() => message.Status != OutboxStatus.Dead;
}
