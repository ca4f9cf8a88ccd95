using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using PosVendas.Application.Localization;

namespace PosVendas.WebApi.ErrorHandling;

/// <summary>What a JSON field takes, in words, found from the type System.Text.Json was filling and the field's path.</summary>
internal static class JsonValueFormats
{
    private static readonly ConcurrentDictionary<string, Type?> TypesByName = new(StringComparer.Ordinal);

    /// <param name="typeName">The type System.Text.Json names: the field's own, or the record that declares it.</param>
    /// <param name="field">The field's path without <c>$.</c>: <c>subjectId</c>, <c>label.ptBr</c>, <c>attachmentIds[0]</c>.</param>
    public static Translation Of(string typeName, string field)
    {
        var type = FieldType(typeName, field) ?? Find(typeName);
        return type is null ? Texts.JsonFormats.Object : Describe(Nullable.GetUnderlyingType(type) ?? type);
    }

    private static Translation Describe(Type type) => type switch
    {
        _ when type == typeof(Guid) => Texts.JsonFormats.Uuid,
        _ when type == typeof(string) => Texts.JsonFormats.Text,
        _ when type == typeof(bool) => Texts.JsonFormats.Boolean,
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => Texts.JsonFormats.DateTime,
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(uint) => Texts.JsonFormats.Integer,
        _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => Texts.JsonFormats.Number,
        _ when typeof(IEnumerable).IsAssignableFrom(type) => Texts.JsonFormats.List,
        _ => Texts.JsonFormats.Object,
    };

    /// <summary>The type of the field's last member on <paramref name="typeName"/>, or of its items for <c>name[n]</c>.</summary>
    private static Type? FieldType(string typeName, string field)
    {
        var last = field.Split('.')[^1];
        var item = last.EndsWith(']') && last.Contains('[', StringComparison.Ordinal);
        var name = item ? last[..last.IndexOf('[', StringComparison.Ordinal)] : last;
        var property = Find(typeName)?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null)
        {
            return null;
        }

        return item ? ItemType(property.PropertyType) : property.PropertyType;
    }

    private static Type? ItemType(Type list) =>
        list.IsArray ? list.GetElementType() : list.GetGenericArguments().SingleOrDefault();

    private static Type? Find(string typeName) =>
        TypesByName.GetOrAdd(typeName, name => AppDomain.CurrentDomain.GetAssemblies()
            .Where(assembly => assembly.GetName().Name?.StartsWith("PosVendas.", StringComparison.Ordinal) == true || assembly == typeof(object).Assembly)
            .Select(assembly => assembly.GetType(name))
            .FirstOrDefault(type => type is not null));
}
