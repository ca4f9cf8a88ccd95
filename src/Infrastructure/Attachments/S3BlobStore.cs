using System.Net;
using System.Runtime.CompilerServices;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using PosVendas.Application.Attachments;

namespace PosVendas.Infrastructure.Attachments;

/// <summary>
/// Blobs in an S3-compatible bucket. Uploads of unknown length stream through a multipart upload, one part in memory
/// at a time; a failed upload is aborted so no partial object appears.
/// </summary>
internal sealed class S3BlobStore(IAmazonS3 s3, S3StorageOptions options) : IBlobStore, IDisposable
{
    private const int MinimumPartSize = 5 * 1024 * 1024;

    private readonly int _partSize = Math.Max(options.PartSizeBytes, MinimumPartSize);

    public static S3BlobStore Create(S3StorageOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            // Integrity checksums only where S3 requires them: several S3-compatible servers reject the trailers.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }
        else
        {
            config.ServiceURL = options.ServiceUrl;
        }

        var client = string.IsNullOrWhiteSpace(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
        return new S3BlobStore(client, options);
    }

    public void Dispose() => s3.Dispose();

    public async Task WriteAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var buffer = new byte[_partSize];
        var length = await FillAsync(content, buffer, cancellationToken);
        if (length < buffer.Length)
        {
            await s3.PutObjectAsync(
                new PutObjectRequest
                {
                    BucketName = options.BucketName,
                    Key = key,
                    InputStream = new MemoryStream(buffer, 0, length, writable: false),
                    UseChunkEncoding = false,
                    AutoCloseStream = true,
                },
                cancellationToken);
            return;
        }

        var upload = await s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = options.BucketName, Key = key }, cancellationToken);
        try
        {
            var parts = new List<PartETag>();
            while (length > 0)
            {
                var part = await s3.UploadPartAsync(
                    new UploadPartRequest
                    {
                        BucketName = options.BucketName,
                        Key = key,
                        UploadId = upload.UploadId,
                        PartNumber = parts.Count + 1,
                        InputStream = new MemoryStream(buffer, 0, length, writable: false),
                        UseChunkEncoding = false,
                    },
                    cancellationToken);
                parts.Add(new PartETag(parts.Count + 1, part.ETag));
                length = await FillAsync(content, buffer, cancellationToken);
            }

            await s3.CompleteMultipartUploadAsync(
                new CompleteMultipartUploadRequest { BucketName = options.BucketName, Key = key, UploadId = upload.UploadId, PartETags = parts },
                cancellationToken);
        }
        catch
        {
            await AbortQuietlyAsync(key, upload.UploadId);
            throw;
        }
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var metadata = await s3.GetObjectMetadataAsync(options.BucketName, key, cancellationToken);
            return new S3ReadStream(s3, options.BucketName, key, metadata.ContentLength);
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        s3.DeleteObjectAsync(options.BucketName, key, cancellationToken);

    public async IAsyncEnumerable<StoredBlob> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = options.BucketName, Prefix = prefix };
        ListObjectsV2Response page;
        do
        {
            page = await s3.ListObjectsV2Async(request, cancellationToken);
            foreach (var blob in page.S3Objects ?? [])
            {
                // A blob of unknown age counts as new, so no sweep ever takes it for an old orphan.
                yield return new StoredBlob(blob.Key, blob.LastModified is { } written ? new DateTimeOffset(written.ToUniversalTime()) : DateTimeOffset.UtcNow);
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
    }

    /// <summary>
    /// An uncompleted multipart upload never becomes an object; aborting frees its parts. If the abort fails too
    /// (some servers do not support it, or the store is down), the original failure is the one worth reporting, and
    /// the bucket's lifecycle rule for incomplete uploads cleans up.
    /// </summary>
    private async Task AbortQuietlyAsync(string key, string uploadId)
    {
        try
        {
            await s3.AbortMultipartUploadAsync(
                new AbortMultipartUploadRequest { BucketName = options.BucketName, Key = key, UploadId = uploadId },
                CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Deliberately quiet: see the summary.
        }
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or the content ends.</summary>
    private static async Task<int> FillAsync(Stream content, byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await content.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return filled;
    }
}
