using FluentValidation;
using FluentValidation.Results;
using PosVendas.Application.Common;
using PosVendas.Application.Localization;

namespace PosVendas.WebApi.Endpoints;

/// <summary>
/// Binds a query parameter to an enum from its documented name (<see cref="WireNames{TEnum}"/>: <c>on_us</c>,
/// <c>last_activity</c>). ASP.NET Core's own enum binding would take C# member names and numbers instead.
/// </summary>
internal static class QueryEnum
{
    /// <summary>The value <paramref name="value"/> names, or null when the parameter is absent.</summary>
    /// <exception cref="ValidationException">Any other value: a 400 naming <paramref name="parameter"/> and the names it takes.</exception>
    public static TEnum? Parse<TEnum>(string? value, string parameter)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        return WireNames<TEnum>.ByName.TryGetValue(value, out var parsed)
            ? parsed
            : throw new ValidationException([new ValidationFailure(parameter, Texts.MustBeOneOf.Get(parameter, WireNames<TEnum>.All))]);
    }
}
