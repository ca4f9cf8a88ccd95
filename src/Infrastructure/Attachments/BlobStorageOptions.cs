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

    /// <summary>Whether every one of <paramref name="instances"/> API instances finds what any of them stored.</summary>
    public bool IsSharedBy(int instances) => instances <= 1 || UsesS3 || FileSystem.Shared;
}

/// <summary>The <c>Deployment</c> section: how the API is run.</summary>
public sealed class DeploymentOptions
{
    public const string SectionName = "Deployment";

    /// <summary>How many API instances share the database (behind a load balancer); 1 is the embedded default.</summary>
    public int Instances { get; set; } = 1;
}

public sealed class FileSystemStorageOptions
{
    /// <summary>
    /// The folder that holds the blobs; relative paths are resolved against the working folder. The default is under
    /// <c>.data/</c>, which git ignores wherever it is, so a run from a source folder adds nothing to the source tree.
    /// </summary>
    public string Root { get; set; } = ".data/attachments";

    /// <summary>
    /// The root is one folder every API instance reads and writes (a network file system); required, with
    /// <c>FileSystem</c>, when <c>Deployment:Instances</c> is above 1, since an upload stored on one instance's own
    /// disk would be missing on the others.
    /// </summary>
    public bool Shared { get; set; }
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
