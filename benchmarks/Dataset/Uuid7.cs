namespace PosVendas.Benchmarks.Dataset;

/// <summary>
/// UUID version 7 like the product's <c>Guid.CreateVersion7(time)</c> (time-ordered, so keys land at the right end of
/// the primary key index), but with the random bits from a seeded stream, so a seed always gives the same ids.
/// </summary>
internal static class Uuid7
{
    public static Guid Create(DateTime utc, ref Rng rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = (ulong)new DateTimeOffset(utc).ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        var random = rng.NextULong();
        var more = rng.NextULong();
        for (var i = 6; i < 16; i++)
        {
            bytes[i] = (byte)(i < 14 ? random >> (8 * (i - 6)) : more >> (8 * (i - 14)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
