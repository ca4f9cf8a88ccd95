using System.Text.Json;
using System.Text.Json.Serialization;
using PosVendas.Domain.Common;

namespace PosVendas.WebApi.OpenApi;

/// <summary>
/// Reads every JSON string in Unicode normal form C (<see cref="TextPolicy"/>), so a name typed with a combining accent
/// and one typed precomposed are the same name everywhere, from the first comparison on. Text the policy refuses is
/// left as it came, for validation to name the field.
/// </summary>
internal sealed class NormalizedTextConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is null || TextPolicy.IndexOfRefused(text) >= 0 ? text : TextPolicy.Normalized(text);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
