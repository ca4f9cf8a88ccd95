using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation.Results;
using PosVendas.Application.Localization;
using PosVendas.Domain.Common;

namespace PosVendas.Application.Common.Validation;

/// <summary>
/// The one place the text policy (<see cref="TextPolicy"/>, ADR 0015) meets input: every text of every message —
/// bodies and query strings alike, since both arrive as command and query members — is checked before any validator
/// or handler runs, so a new field cannot forget it. A refused character is a 400 naming the field as it is sent.
/// </summary>
internal static class RefusedCharacters
{
    private const int MaxDepth = 3;

    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    /// <summary>One failure per text of <paramref name="message"/> that holds a refused character.</summary>
    public static List<ValidationFailure> In(object message)
    {
        var failures = new List<ValidationFailure>();
        Visit(message, prefix: "", depth: 0, failures);
        return failures;
    }

    private static void Visit(object value, string prefix, int depth, List<ValidationFailure> failures)
    {
        foreach (var member in Members.GetOrAdd(value.GetType(), MembersOf))
        {
            var path = prefix.Length == 0 ? member.WireName : $"{prefix}.{member.WireName}";
            switch (member.Property.GetValue(value))
            {
                case string text:
                    Check(text, path, member.Property.Name, failures);
                    break;
                case IEnumerable<string> texts:
                    var index = 0;
                    foreach (var text in texts)
                    {
                        Check(text, $"{path}[{index++}]", member.Property.Name, failures);
                    }

                    break;
                case { } nested when depth < MaxDepth && IsOurs(nested.GetType()):
                    Visit(nested, path, depth + 1, failures);
                    break;
            }
        }
    }

    private static void Check(string? text, string path, string memberName, List<ValidationFailure> failures)
    {
        if (text is not null && TextPolicy.IndexOfRefused(text) >= 0)
        {
            var name = Texts.FieldNames.TryGetValue(memberName, out var field) ? field.Get() : path;
            failures.Add(new ValidationFailure(path, Texts.RefusedCharacter.Get(name)));
        }
    }

    /// <summary>Readable members that carry text: strings, lists of strings, and the API's own records (labels).</summary>
    private static Member[] MembersOf(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanRead && property.GetIndexParameters().Length == 0)
            .Where(property => property.PropertyType == typeof(string)
                || (typeof(IEnumerable<string>).IsAssignableFrom(property.PropertyType))
                || (IsOurs(property.PropertyType) && !typeof(IEnumerable).IsAssignableFrom(property.PropertyType)))
            .Select(property => new Member(property, property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name)))];

    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("PosVendas.", StringComparison.Ordinal) == true && !type.IsEnum;

    private sealed record Member(PropertyInfo Property, string WireName);
}
