using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using PosVendas.Application.Attachments.Inspection;

namespace PosVendas.Application.Attachments.UploadAttachments;

/// <summary>
/// A read-only pass-through over an incoming file: counts its bytes (stopping at the limit), hashes them and shows
/// them to the <see cref="ContentInspector"/>, so the blob store receives the stream without anything buffering it.
/// It remembers why it stopped, so the caller can tell a client's fault from the store's.
/// </summary>
internal sealed class InspectingStream(Stream source, long maxBytes) : Stream
{
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public ContentInspector Inspector { get; } = new();

    public long BytesRead { get; private set; }

    public bool LimitExceeded { get; private set; }

    /// <summary>An exception thrown while reading the client's upload (a broken or oversized request).</summary>
    public ExceptionDispatchInfo? SourceFailure { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public string Sha256Hex() => Convert.ToHexStringLower(_sha256.GetCurrentHash());

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = source.Read(buffer);
        }
        catch (Exception exception)
        {
            SourceFailure = ExceptionDispatchInfo.Capture(exception);
            throw;
        }

        return Observe(buffer[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await source.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception exception)
        {
            SourceFailure = ExceptionDispatchInfo.Capture(exception);
            throw;
        }

        return Observe(buffer.Span[..read]);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sha256.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Observe(ReadOnlySpan<byte> bytes)
    {
        BytesRead += bytes.Length;
        if (BytesRead > maxBytes)
        {
            LimitExceeded = true;
            throw new IOException($"The file is larger than the limit of {maxBytes} bytes.");
        }

        _sha256.AppendData(bytes);
        Inspector.Append(bytes);
        return bytes.Length;
    }
}
