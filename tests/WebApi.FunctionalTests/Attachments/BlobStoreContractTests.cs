using System.Text;
using PosVendas.Application.Attachments;
using PosVendas.Infrastructure.Attachments;

namespace PosVendas.WebApi.FunctionalTests.Attachments;

/// <summary>What every blob store must do, run against each adapter.</summary>
public abstract class BlobStoreContractTests
{
    protected abstract IBlobStore Store { get; }

    [Fact]
    public async Task A_written_blob_reads_back_byte_for_byte()
    {
        var content = RandomBytes(300_000);
        var key = NewKey();

        await Store.WriteAsync(key, new NonSeekableStream(content), CancellationToken.None);

        await using var read = (await Store.OpenReadAsync(key, CancellationToken.None))!;
        (await ReadAllAsync(read)).Should().Equal(content);
    }

    [Fact]
    public async Task A_blob_larger_than_one_part_streams_through_and_reads_back()
    {
        var content = RandomBytes((6 * 1024 * 1024) + 12_345);
        var key = NewKey();

        await Store.WriteAsync(key, new NonSeekableStream(content), CancellationToken.None);

        await using var read = (await Store.OpenReadAsync(key, CancellationToken.None))!;
        read.Length.Should().Be(content.Length);
        (await ReadAllAsync(read)).Should().Equal(content);
    }

    [Fact]
    public async Task A_read_can_seek_to_serve_a_range()
    {
        var content = RandomBytes(50_000);
        var key = NewKey();
        await Store.WriteAsync(key, new MemoryStream(content), CancellationToken.None);

        await using var read = (await Store.OpenReadAsync(key, CancellationToken.None))!;
        read.CanSeek.Should().BeTrue();
        read.Seek(40_000, SeekOrigin.Begin);
        var buffer = new byte[100];
        await read.ReadExactlyAsync(buffer);

        buffer.Should().Equal(content[40_000..40_100]);
    }

    [Fact]
    public async Task A_missing_blob_opens_as_null()
    {
        (await Store.OpenReadAsync(NewKey(), CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task A_deleted_blob_is_gone_and_deleting_again_is_fine()
    {
        var key = NewKey();
        await Store.WriteAsync(key, new MemoryStream(Encoding.UTF8.GetBytes("x")), CancellationToken.None);

        await Store.DeleteAsync(key, CancellationToken.None);
        await Store.DeleteAsync(key, CancellationToken.None);

        (await Store.OpenReadAsync(key, CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task A_write_that_fails_midway_leaves_no_blob()
    {
        var key = NewKey();

        var write = () => Store.WriteAsync(key, new FailingStream(RandomBytes(7 * 1024 * 1024), failAfter: 6 * 1024 * 1024), CancellationToken.None);

        await write.Should().ThrowAsync<IOException>();
        (await Store.OpenReadAsync(key, CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task Listing_a_prefix_finds_its_blobs_with_when_they_were_written()
    {
        var folder = $"{Guid.NewGuid():N}/";
        await Store.WriteAsync(folder + "a", new MemoryStream([1]), CancellationToken.None);
        await Store.WriteAsync(folder + "b", new MemoryStream([2]), CancellationToken.None);
        await Store.WriteAsync(NewKey(), new MemoryStream([3]), CancellationToken.None);

        var listed = await Store.ListAsync(folder, CancellationToken.None).ToListAsync();

        listed.Select(blob => blob.Key).Should().BeEquivalentTo([folder + "a", folder + "b"]);
        listed.Should().OnlyContain(blob => blob.WrittenAt > DateTimeOffset.UtcNow.AddMinutes(-5) && blob.WrittenAt < DateTimeOffset.UtcNow.AddMinutes(5));
    }

    private static string NewKey() => $"{Guid.NewGuid():N}/{Guid.NewGuid():N}";

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>An upload as the store receives it from a request: forward-only, length unknown.</summary>
    private class NonSeekableStream(byte[] content) : Stream
    {
        private readonly MemoryStream _inner = new(content);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer) => OnRead(_inner.Read(buffer[..Math.Min(buffer.Length, 65_536)]));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected long ReadSoFar => _inner.Position;

        protected virtual int OnRead(int read) => read;
    }

    private sealed class FailingStream(byte[] content, long failAfter) : NonSeekableStream(content)
    {
        protected override int OnRead(int read) =>
            ReadSoFar > failAfter ? throw new IOException("The client went away.") : read;
    }
}

public sealed class FileSystemBlobStoreContractTests : BlobStoreContractTests, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"posvendas-contract-{Guid.NewGuid():N}");

    public FileSystemBlobStoreContractTests() => Store = new FileSystemBlobStore(_root);

    protected override IBlobStore Store { get; }

    [Fact]
    public async Task Keys_that_would_leave_the_root_are_refused()
    {
        var write = () => Store.WriteAsync("../outside", new MemoryStream([1]), CancellationToken.None);

        await write.Should().ThrowAsync<ArgumentException>();
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

/// <summary>Against a local S3-compatible server (s3rver, started by scripts/test.sh).</summary>
public sealed class S3BlobStoreContractTests : BlobStoreContractTests, IDisposable
{
    public const string ServerVariable = "POSVENDAS_TEST_S3_URL";
    public const string Bucket = "posvendas-test";

    private readonly S3BlobStore _store;

    public S3BlobStoreContractTests()
    {
        var serviceUrl = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(serviceUrl))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set: run the tests with scripts/test.sh, which starts a local S3-compatible server.");
        }

        _store = S3BlobStore.Create(new S3StorageOptions
        {
            BucketName = Bucket,
            ServiceUrl = serviceUrl,
            ForcePathStyle = true,
            AccessKey = "S3RVER",
            SecretKey = "S3RVER",
            PartSizeBytes = 5 * 1024 * 1024,
        });
    }

    protected override IBlobStore Store => _store;

    public void Dispose() => _store.Dispose();
}
