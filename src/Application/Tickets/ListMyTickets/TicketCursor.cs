using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace PosVendas.Application.Tickets.ListMyTickets;

/// <summary>
/// The opaque position in the customer's list: the number of the last ticket seen. Numbers grow with creation,
/// so "newest first" is "number descending" and the next page is every number below the cursor.
/// </summary>
public static class TicketCursor
{
    private const string Prefix = "t1:";

    public static string Encode(int lastNumber) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + lastNumber.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string? cursor, out int lastNumber)
    {
        lastNumber = 0;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 64 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out lastNumber)
            && lastNumber > 0;
    }
}
