using PosVendas.Application.Localization;

namespace PosVendas.WebApi.Endpoints;

/// <summary>
/// A client's upload part as the application reads it: an I/O failure while the client is still connected means
/// the body itself is broken (it ended early, or its framing is wrong), which is the client's 400, not our 500.
/// </summary>
internal sealed class ClientBodyStream(Stream inner, CancellationToken requestAborted) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Translate(() => inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.ReadAsync(buffer, cancellationToken);
        }
        catch (IOException exception) when (!requestAborted.IsCancellationRequested)
        {
            throw Malformed(exception);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Translate(Func<int> read)
    {
        try
        {
            return read();
        }
        catch (IOException exception) when (!requestAborted.IsCancellationRequested)
        {
            throw Malformed(exception);
        }
    }

    private static BadHttpRequestException Malformed(IOException exception) =>
        exception as BadHttpRequestException ?? new BadHttpRequestException(Texts.UploadMalformed.Get(exception.Message));
}
