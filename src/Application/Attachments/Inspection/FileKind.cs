namespace PosVendas.Application.Attachments.Inspection;

/// <summary>A type of file PosVendas accepts, with the names and declared types that may go with it.</summary>
public sealed record FileKind(string ContentType, IReadOnlyList<string> DeclaredTypes, IReadOnlyList<string> Extensions)
{
    public static readonly FileKind Jpeg = new("image/jpeg", ["image/jpeg", "image/jpg", "image/pjpeg"], [".jpg", ".jpeg", ".jpe"]);
    public static readonly FileKind Png = new("image/png", ["image/png"], [".png"]);
    public static readonly FileKind Gif = new("image/gif", ["image/gif"], [".gif"]);
    public static readonly FileKind WebP = new("image/webp", ["image/webp"], [".webp"]);
    public static readonly FileKind Heic = new("image/heic", ["image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence"], [".heic", ".heif"]);
    public static readonly FileKind Pdf = new("application/pdf", ["application/pdf", "application/x-pdf"], [".pdf"]);
    public static readonly FileKind Text = new("text/plain", ["text/plain"], [".txt", ".text", ".log"]);
    public static readonly FileKind Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"], [".docx"]);
    public static readonly FileKind Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], [".xlsx"]);

    /// <summary>Every kind, in the order the documentation lists them.</summary>
    public static readonly IReadOnlyList<FileKind> All = [Jpeg, Png, Gif, WebP, Heic, Pdf, Text, Docx, Xlsx];

    /// <summary>What clients send when they do not know the type; the content and the name then decide.</summary>
    private static readonly string[] UndeclaredTypes = ["application/octet-stream", "binary/octet-stream"];

    public bool AcceptsExtension(string extension) => Extensions.Contains(extension);

    public bool AcceptsDeclaredType(string? declaredType)
    {
        if (string.IsNullOrWhiteSpace(declaredType))
        {
            return true;
        }

        var mediaType = declaredType.Split(';')[0].Trim().ToLowerInvariant();
        return UndeclaredTypes.Contains(mediaType) || DeclaredTypes.Contains(mediaType);
    }
}
