using System.IO.Compression;
using System.Text;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

/// <summary>Small but real files of each accepted type, and the impostors the upload checks must catch.</summary>
public static class TestFiles
{
    public static byte[] Jpeg(int size = 2048) => WithMagic([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'], size);

    public static byte[] Png(int size = 2048) => WithMagic([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], size);

    public static byte[] Gif() => WithMagic("GIF89a"u8.ToArray(), 512);

    public static byte[] WebP() => WithMagic([.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8], 512);

    public static byte[] Heic() => WithMagic([0x00, 0x00, 0x00, 0x18, .. "ftypheic"u8, 0x00, 0x00, 0x00, 0x00], 512);

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Text(string text = "Medições da sala: 3,20 m × 4,10 m.\nInfiltração próxima à janela.\n") => Encoding.UTF8.GetBytes(text);

    public static byte[] Docx() => Zip("[Content_Types].xml", "word/document.xml", "word/_rels/document.xml.rels");

    public static byte[] Xlsx() => Zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");

    public static byte[] PlainZip() => Zip("readme.md", "setup.exe");

    public static byte[] DocxWithMacros() => Zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");

    public static byte[] WindowsExecutable() => WithMagic("MZ"u8.ToArray(), 4096);

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

    public static byte[] Svg() => Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>");

    /// <summary>A GIF header followed by script: valid enough for an image viewer, dangerous in a browser.</summary>
    public static byte[] GifScriptPolyglot() => [.. "GIF89a/*"u8, .. Encoding.ASCII.GetBytes("*/=1;<script>alert(1)</script>")];

    private static byte[] WithMagic(byte[] magic, int size)
    {
        var bytes = new byte[Math.Max(size, magic.Length)];
        new Random(size).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(bytes[i] & 0x7F | 0x01); // no accidental "<script" sequences and no NULs in test noise
        }

        magic.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
                writer.Write($"<?xml version=\"1.0\"?><part name=\"{entry}\"/>");
            }
        }

        return buffer.ToArray();
    }
}
