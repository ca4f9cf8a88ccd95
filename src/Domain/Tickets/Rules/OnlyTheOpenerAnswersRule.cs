using PosVendas.Domain.Common;

namespace PosVendas.Domain.Tickets.Rules;

/// <summary>
/// A ticket shared with a unit is read by its other owners, and answered and confirmed by the customer who opened it:
/// the conversation, and the e-mails about it, stay with one person.
/// </summary>
public sealed class OnlyTheOpenerAnswersRule(bool callerOpenedIt) : IBusinessRule
{
    public string Message => "This ticket was shared with you by the owner who opened it; only they answer or confirm it.";

    public bool IsBroken() => !callerOpenedIt;
}
