using System.Buffers.Binary;
using System.Text;
using PosVendas.Application.Localization;

namespace PosVendas.Application.Attachments.Inspection;

/// <summary>The verdict on a file's content.</summary>
public sealed record InspectionResult(FileKind? Kind, string? RejectionReason)
{
    public bool IsEmpty { get; private init; }

    public static InspectionResult Empty { get; } = new(null, "The file is empty.") { IsEmpty = true };

    public static InspectionResult Accepted(FileKind kind) => new(kind, null);

    public static InspectionResult Rejected(string reason) => new(null, reason);
}

/// <summary>
/// Decides what a file is from its bytes while they stream past, keeping only bounded state: the first bytes (magic
/// numbers), the end of the file (a zip's end-of-central-directory record), the names of zip entries, UTF-8 validity
/// for text, and whether HTML or script markup appears in a text file or at the start of any file (where it turns an
/// image or PDF into a polyglot a browser might run). Binary content past the start is not searched: compressed
/// bytes contain short markers like "&lt;svg" by chance, often enough to refuse ordinary photos.
/// </summary>
public sealed class ContentInspector
{
    private const int HeadSize = 16;
    private const int MarkupPrefixBytes = 4096;
    private const int Overlap = 1024;
    private const int ZipTailSize = 22 + 65_535;
    private const int MaxZipNameLength = 512;
    private const int MaxZipEntries = 10_000;

    private static readonly byte[][] Markup =
    [
        .. new[] { "<script", "<html", "<svg", "<iframe", "<object", "<embed", "<!doctype html", "<?php", "<body", "javascript:" }
            .Select(Encoding.ASCII.GetBytes),
    ];

    private static readonly byte[] ZipLocalHeader = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] ZipEndOfCentralDirectory = [0x50, 0x4B, 0x05, 0x06];
    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"];

    private readonly byte[] _head = new byte[HeadSize];
    private readonly Decoder _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private readonly HashSet<string> _zipEntries = new(StringComparer.Ordinal);
    private byte[] _carry = [];
    private byte[] _zipTail = [];
    private int _headLength;
    private long _length;
    private bool _maybeText = true;
    private bool _maybeZip = true;
    private bool _markupFound;

    public void Append(ReadOnlySpan<byte> chunk)
    {
        if (chunk.IsEmpty)
        {
            return;
        }

        var headBytes = Math.Min(HeadSize - _headLength, chunk.Length);
        chunk[..headBytes].CopyTo(_head.AsSpan(_headLength));
        _headLength += headBytes;
        _length += chunk.Length;

        if (_maybeZip && _headLength >= ZipLocalHeader.Length && !_head.AsSpan(0, ZipLocalHeader.Length).SequenceEqual(ZipLocalHeader))
        {
            _maybeZip = false;
            _zipTail = [];
        }

        var window = new byte[_carry.Length + chunk.Length];
        _carry.CopyTo(window, 0);
        chunk.CopyTo(window.AsSpan(_carry.Length));

        if (_maybeText)
        {
            CheckText(chunk);
        }

        var inPrefix = _length - chunk.Length < MarkupPrefixBytes;
        _markupFound = _markupFound || ((_maybeText || inPrefix) && ContainsMarkup(window));

        if (_maybeZip)
        {
            CollectZipEntryNames(window);
            KeepZipTail(chunk);
        }

        _carry = window.AsSpan(Math.Max(0, window.Length - Overlap)).ToArray();
    }

    public InspectionResult Complete()
    {
        if (_length == 0)
        {
            return InspectionResult.Empty;
        }

        if (_markupFound)
        {
            return InspectionResult.Rejected(Texts.UploadMarkup.Get());
        }

        var head = _head.AsSpan(0, _headLength);
        if (head.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return InspectionResult.Accepted(FileKind.Jpeg);
        }

        if (head.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return InspectionResult.Accepted(FileKind.Png);
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return InspectionResult.Accepted(FileKind.Gif);
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return InspectionResult.Accepted(FileKind.WebP);
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && HeifBrands.Contains(Encoding.ASCII.GetString(head[8..12])))
        {
            return InspectionResult.Accepted(FileKind.Heic);
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return InspectionResult.Accepted(FileKind.Pdf);
        }

        if (_maybeZip && _headLength >= ZipLocalHeader.Length)
        {
            return InspectOfficeDocument();
        }

        if (_maybeText && IsCompleteUtf8())
        {
            return InspectionResult.Accepted(FileKind.Text);
        }

        return InspectionResult.Rejected(Texts.UploadTypeNotAccepted.Get());
    }

    private InspectionResult InspectOfficeDocument()
    {
        var hasDirectory = _zipTail.AsSpan().LastIndexOf(ZipEndOfCentralDirectory) >= 0;
        if (!hasDirectory || !_zipEntries.Contains("[Content_Types].xml"))
        {
            return InspectionResult.Rejected(Texts.UploadZipMalformed.Get());
        }

        if (_zipEntries.Any(name => name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
        {
            return InspectionResult.Rejected(Texts.UploadMacros.Get());
        }

        if (_zipEntries.Contains("word/document.xml"))
        {
            return InspectionResult.Accepted(FileKind.Docx);
        }

        return _zipEntries.Contains("xl/workbook.xml")
            ? InspectionResult.Accepted(FileKind.Xlsx)
            : InspectionResult.Rejected(Texts.UploadZipNotOffice.Get());
    }

    private static bool ContainsMarkup(byte[] window)
    {
        var lower = new byte[window.Length];
        for (var i = 0; i < window.Length; i++)
        {
            var b = window[i];
            lower[i] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b;
        }

        foreach (var marker in Markup)
        {
            if (lower.AsSpan().IndexOf(marker) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private void CheckText(ReadOnlySpan<byte> chunk)
    {
        foreach (var b in chunk)
        {
            if ((b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not (byte)'\f') || b == 0x7F)
            {
                _maybeText = false;
                return;
            }
        }

        try
        {
            _utf8.GetCharCount(chunk, flush: false);
        }
        catch (DecoderFallbackException)
        {
            _maybeText = false;
        }
    }

    private bool IsCompleteUtf8()
    {
        try
        {
            _utf8.GetCharCount([], flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private void CollectZipEntryNames(byte[] window)
    {
        var span = window.AsSpan();
        var offset = 0;
        while (_zipEntries.Count < MaxZipEntries)
        {
            var found = span[offset..].IndexOf(ZipLocalHeader);
            if (found < 0)
            {
                return;
            }

            var start = offset + found;
            offset = start + ZipLocalHeader.Length;
            if (start + 30 > span.Length)
            {
                return; // The header continues in the next chunk, which sees it again through the overlap.
            }

            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(start + 26)..]);
            if (nameLength is 0 or > MaxZipNameLength || start + 30 + nameLength > span.Length)
            {
                continue;
            }

            _zipEntries.Add(Encoding.UTF8.GetString(span.Slice(start + 30, nameLength)));
        }
    }

    private void KeepZipTail(ReadOnlySpan<byte> chunk)
    {
        var keep = Math.Min(ZipTailSize, _zipTail.Length + chunk.Length);
        var tail = new byte[keep];
        var fromChunk = Math.Min(chunk.Length, keep);
        var fromOld = keep - fromChunk;
        _zipTail.AsSpan(_zipTail.Length - fromOld).CopyTo(tail);
        chunk[^fromChunk..].CopyTo(tail.AsSpan(fromOld));
        _zipTail = tail;
    }
}
