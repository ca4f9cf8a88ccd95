using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace PosVendas.Application.Tickets.ListTicketQueue;

/// <summary>The opaque position in the staff queue: the last row's last-activity time and number.</summary>
public static class QueueCursor
{
    private const string Prefix = "q1:";

    public static string Encode(DateTimeOffset lastActivityAt, int number) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            $"{Prefix}{lastActivityAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{number.ToString(CultureInfo.InvariantCulture)}"));

    public static bool TryDecode(string? cursor, out DateTimeOffset lastActivityAt, out int number)
    {
        lastActivityAt = default;
        number = 0;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 96 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
        if (parts.Length != 3 || parts[0] + ":" != Prefix
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out number)
            || number < 1)
        {
            return false;
        }

        lastActivityAt = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }
}
