using System.Text;

namespace PosVendas.WebApi.FunctionalTests.Reliability;

/// <summary>
/// The fuzzer's dictionary: values that broke, or could break, an API that takes text, numbers and dates from anyone.
/// </summary>
internal static class Hostile
{
    /// <summary>Control characters, NUL, invisible and bidirectional text, odd Unicode, injection and very long values.</summary>
    public static readonly string[] Texts =
    [
        "", " ", "\t", "abc", "-1", "0", "null", "ção ñ 🙂", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd",
        "a\u0000b", "\u0000", "a\u0001b", "\u0007\u0008", "a\u001bb", "\u007f", "\u0085", "linha\r\nquebrada", "tab\tbed",
        "\u200b", "\u200b\u200c\u200d\u2060\ufeff", "\u202eabc\u202c", "\u2066isolado\u2069", "\u200f\u200e", "\u00a0\u3000",
        "e\u0301", "ﬁ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\ud83d\ude00", "\ufffd", "\uffff", "a\ud800b", "\udc00", "%00", "%s%n", "{0}", "${jndi:x}", "\\u0000",
        new string('x', 300), new string('á', 5_000), new string('y', 100_000),
    ];

    /// <summary>Numbers past every integer type, in other notations, other digits, or not numbers at all.</summary>
    public static readonly string[] Numbers =
    [
        "0", "-0", "+1", "1.5", "1e3", "1e309", "-1e309", "99999999999", "2147483648", "-2147483649",
        "123456789012345678901234567890", "9223372036854775808", "0x10", "NaN", "Infinity", "١٢٣", "1_000", " 7", "7 ",
    ];

    /// <summary>RFC 3339 and ISO 8601 variants: offsets, precision, edges of the calendar, and near misses.</summary>
    public static readonly string[] Dates =
    [
        "2026-12-06T10:00:00Z", "2026-12-06T10:00:00+03:00", "2026-12-06T10:00:00-03:00", "2026-12-06T10:00:00+14:00",
        "2026-12-06T10:00:00-12:00", "2026-12-06T10:00:00.123456789Z", "2026-12-06t10:00:00z", "2026-12-06", "2026-12-06 10:00:00",
        "2026-12-06T24:00:00Z", "2026-02-30T00:00:00Z", "2026-12-06T10:00:60Z", "0001-01-01T00:00:00+01:00",
        "0001-01-01T00:00:00-14:00", "9999-12-31T23:59:59-01:00", "9999-12-31T23:59:59+14:00", "10000-01-01T00:00:00Z",
        "2026-W49", "1765015200", "2026-12-06T10:00:00+0300", "2026-12-06T10:00:00 +03:00",
    ];

    /// <summary>JSON strings carrying half a surrogate pair, as escapes (raw JSON, quotes included).</summary>
    public static readonly string[] LoneSurrogateStrings = ["\"\\ud800\"", "\"a\\udfffb\"", "\"\\udc00\\ud800\""];

    public static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Percent-encodes for a URL. Half a surrogate pair, which UTF-8 cannot encode, goes as the three bytes a naive
    /// encoder (CESU-8) would send, so the server sees bytes that are not valid UTF-8.
    /// </summary>
    public static string PercentEncode(string value)
    {
        var encoded = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                encoded.Append(Uri.EscapeDataString(value.Substring(i, 2)));
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                var c = value[i];
                encoded.Append($"%{0xE0 | (c >> 12):X2}%{0x80 | ((c >> 6) & 0x3F):X2}%{0x80 | (c & 0x3F):X2}");
            }
            else
            {
                encoded.Append(Uri.EscapeDataString(value[i].ToString()));
            }
        }

        return encoded.ToString();
    }
}
