namespace PosVendas.Application.Attachments;

/// <summary>The <c>Attachments</c> configuration section: limits a deployment can tune.</summary>
public sealed class AttachmentOptions
{
    public const string SectionName = "Attachments";

    /// <summary>Largest accepted file (default 25 MiB).</summary>
    public long MaxFileBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>Largest upload request body, all files and multipart framing together (default 100 MiB).</summary>
    public long MaxRequestBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Most files in one upload request (default 10).</summary>
    public int MaxFilesPerRequest { get; set; } = 10;

    /// <summary>Most files attached to one ticket or one reply (default 10).</summary>
    public int MaxFilesPerMessage { get; set; } = 10;

    /// <summary>How long an upload nobody attached is kept (default 24 hours).</summary>
    public TimeSpan UnclaimedLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired uploads are swept (default 15 minutes).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How often the store is listed for bytes no attachment records, older than <see cref="UnclaimedLifetime"/>
    /// (default 1 day): what an upload interrupted by a crash left behind.
    /// </summary>
    public TimeSpan OrphanSweepInterval { get; set; } = TimeSpan.FromDays(1);
}
