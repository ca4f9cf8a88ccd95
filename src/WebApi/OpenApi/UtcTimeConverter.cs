using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PosVendas.WebApi.OpenApi;

/// <summary>
/// Every time the API writes is RFC 3339 in UTC with a <c>Z</c> and microseconds (<c>2026-12-06T18:11:07.675359Z</c>),
/// whatever offset the value carries, so the same instant reads the same in every response. Reading accepts any
/// RFC 3339 offset.
/// </summary>
internal sealed class UtcTimeConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        Span<char> text = stackalloc char[Format.Length];
        value.UtcDateTime.TryFormat(text, out var written, Format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..written]);
    }
}
