namespace PosVendas.Domain.Common;

/// <summary>
/// A business invariant with a stable name. A broken rule stops the operation and reaches the client as 409.
/// </summary>
public interface IBusinessRule
{
    /// <summary>Stable, machine-readable name (for example <c>ClosedTicketTakesNoReplies</c>).</summary>
    string Name { get; }

    /// <summary>Message for the person who broke the rule.</summary>
    string Message { get; }

    /// <summary>The values the message names (a file, a status…), for messages in other languages.</summary>
    IReadOnlyList<object> MessageArguments => [];

    bool IsBroken();
}
