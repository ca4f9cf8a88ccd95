using System.Globalization;

namespace PosVendas.Application.Attachments;

/// <summary>Sizes as people read them in limit messages.</summary>
public static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MiB",
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MiB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB"),
        _ => $"{bytes} bytes",
    };
}
