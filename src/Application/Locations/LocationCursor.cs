using System.Buffers.Text;
using System.Text;

namespace PosVendas.Application.Locations;

/// <summary>
/// The opaque position in a registry list ordered by a text key (a name or a code) and then by id: the last row's
/// key and id. A page is the rows after it, so inserts and deletes between pages neither repeat nor skip a row.
/// </summary>
public static class LocationCursor
{
    private const string Prefix = "l1:";
    private const int MaxLength = 800;

    public static string Encode(string key, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Prefix}{id:N}{key}"));

    public static bool TryDecode(string? cursor, out string key, out Guid id)
    {
        key = "";
        id = Guid.Empty;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > MaxLength || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length < Prefix.Length + 32
            || !Guid.TryParseExact(text.AsSpan(Prefix.Length, 32), "N", out id))
        {
            return false;
        }

        key = text[(Prefix.Length + 32)..];
        return true;
    }
}
