namespace PosVendas.Domain.Common;

/// <summary>
/// A business invariant. A broken rule stops the operation and reaches the client as 409, named by
/// <see cref="Name"/>. Implementations are named <c>…Rule</c> and do not declare a name of their own.
/// </summary>
public interface IBusinessRule
{
    /// <summary>
    /// The stable, machine-readable name clients see in a 409's <c>rule</c>: the type's name without its <c>Rule</c>
    /// suffix (<c>ClosedTicketTakesNoRepliesRule</c> is <c>ClosedTicketTakesNoReplies</c>).
    /// </summary>
    string Name => BusinessRuleName.Of(GetType());

    /// <summary>The message for developers and logs, in English; clients read the translated text of the rule.</summary>
    string Message { get; }

    /// <summary>The values the message names (a file, a status…), for messages in other languages.</summary>
    IReadOnlyList<object> MessageArguments => [];

    bool IsBroken();
}

public static class BusinessRuleName
{
    private const string Suffix = "Rule";

    /// <summary>The name of the rule type <paramref name="ruleType"/>: its name without the <c>Rule</c> suffix.</summary>
    public static string Of(Type ruleType) =>
        ruleType.Name.EndsWith(Suffix, StringComparison.Ordinal) ? ruleType.Name[..^Suffix.Length] : ruleType.Name;
}
