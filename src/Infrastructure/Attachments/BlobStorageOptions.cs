namespace PosVendas.Infrastructure.Attachments;

/// <summary>The <c>Attachments:Storage</c> configuration section.</summary>
public sealed class BlobStorageOptions
{
    public const string SectionName = "Attachments:Storage";

    /// <summary><c>FileSystem</c> (default) or <c>S3</c>.</summary>
    public string Provider { get; set; } = "FileSystem";

    public FileSystemStorageOptions FileSystem { get; set; } = new();

    public S3StorageOptions S3 { get; set; } = new();

    public bool UsesS3 => string.Equals(Provider, "S3", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the settings name a store and give it what it needs (checked at startup).</summary>
    public bool IsUsable => UsesS3
        ? !string.IsNullOrWhiteSpace(S3.BucketName)
        : string.Equals(Provider, "FileSystem", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(FileSystem.Root);
}

public sealed class FileSystemStorageOptions
{
    /// <summary>
    /// The folder that holds the blobs; relative paths are resolved against the working folder. The default is under
    /// <c>.data/</c>, which git ignores wherever it is, so a run from a source folder adds nothing to the source tree.
    /// </summary>
    public string Root { get; set; } = ".data/attachments";
}

public sealed class S3StorageOptions
{
    public string BucketName { get; set; } = "";

    public string Region { get; set; } = "us-east-1";

    /// <summary>The endpoint of an S3-compatible server (MinIO, Ceph, R2…); empty for AWS itself.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Path-style addressing (bucket in the path), which most self-hosted servers need.</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>Static credentials; when empty the SDK's default chain (environment, instance role…) is used.</summary>
    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>Size of the parts streamed to S3; the most an upload holds in memory (minimum 5 MiB).</summary>
    public int PartSizeBytes { get; set; } = 8 * 1024 * 1024;
}
