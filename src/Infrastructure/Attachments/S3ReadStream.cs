using Amazon.S3;
using Amazon.S3.Model;

namespace PosVendas.Infrastructure.Attachments;

/// <summary>
/// A seekable view of an S3 object: a read after a seek asks S3 for the bytes from there to the end of the object and
/// streams them; disposing the stream (when an HTTP range has been served) closes that response early, so a Range
/// request transfers little more than it serves. Reads are asynchronous only.
/// </summary>
internal sealed class S3ReadStream(IAmazonS3 s3, string bucketName, string key, long length) : Stream
{
    private GetObjectResponse? _response;
    private long _position;
    private long _responsePosition;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, length);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= length || buffer.IsEmpty)
        {
            return 0;
        }

        if (_response is null || _responsePosition != _position)
        {
            _response?.Dispose();
            _response = await s3.GetObjectAsync(
                new GetObjectRequest { BucketName = bucketName, Key = key, ByteRange = new ByteRange(_position, length - 1) },
                cancellationToken);
            _responsePosition = _position;
        }

        var read = await _response.ResponseStream.ReadAsync(buffer, cancellationToken);
        _position += read;
        _responsePosition += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("S3 objects are read asynchronously.");

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _response?.Dispose();
        }

        base.Dispose(disposing);
    }
}
