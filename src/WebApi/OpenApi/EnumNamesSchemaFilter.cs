using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PosVendas.WebApi.OpenApi;

/// <summary>
/// Enums travel by their snake_case wire names (<c>on_hold</c>); generated clients would turn those into member names
/// such as <c>On_hold</c>. <c>x-enumNames</c> (NSwag) and <c>x-enum-varnames</c> (openapi-generator, hey-api) give
/// each value the C# member name instead (<c>OnHold</c>), in the same order as <c>enum</c>.
/// </summary>
internal sealed class EnumNamesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || !context.Type.IsEnum)
        {
            return;
        }

        var names = new JsonArray([.. Enum.GetNames(context.Type).Select(name => JsonValue.Create(name))]);
        concrete.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        concrete.Extensions["x-enumNames"] = new JsonNodeExtension(names);
        concrete.Extensions["x-enum-varnames"] = new JsonNodeExtension(names.DeepClone());
    }
}

/// <summary>
/// On a string query parameter that <c>QueryEnum</c> binds: the parameter takes the wire names of
/// <paramref name="enumType"/>, and the OpenAPI document types it with that enum's schema.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class WireEnumAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;
}
