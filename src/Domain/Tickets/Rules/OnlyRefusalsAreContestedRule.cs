using PosVendas.Domain.Common;

namespace PosVendas.Domain.Tickets.Rules;

/// <summary>A customer contests an assessment that refused (part of) their request; there is nothing else to contest.</summary>
public sealed class OnlyRefusalsAreContestedRule(TicketAssessment? current) : IBusinessRule
{
    public string Message => "Only an improcedente or parcial assessment can be contested, and this ticket has none.";

    public bool IsBroken() => current is not { RefusesCover: true };
}
