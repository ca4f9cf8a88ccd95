using System.Text.Json;

namespace PosVendas.Application.Common;

/// <summary>
/// The names the values of <typeparamref name="TEnum"/> travel under in the API: the member's name in snake case
/// (<c>OnHold</c> is <c>on_hold</c>), as the JSON converter writes them and as the documentation lists them.
/// </summary>
public static class WireNames<TEnum>
    where TEnum : struct, Enum
{
    public static IReadOnlyDictionary<string, TEnum> ByName { get; } = Enum.GetValues<TEnum>()
        .ToDictionary(value => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()), StringComparer.Ordinal);

    /// <summary>Every name, comma-separated, for messages.</summary>
    public static string All { get; } = string.Join(", ", ByName.Keys);
}
