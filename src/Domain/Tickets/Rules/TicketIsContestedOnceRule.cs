using PosVendas.Domain.Common;

namespace PosVendas.Domain.Tickets.Rules;

/// <summary>A ticket's assessment is contested once: the team's answer to the contest is final in PosVendas.</summary>
public sealed class TicketIsContestedOnceRule(AssessmentContest? existing) : IBusinessRule
{
    public string Message => "This ticket's assessment was already contested; a ticket is contested once.";

    public bool IsBroken() => existing is not null;
}
