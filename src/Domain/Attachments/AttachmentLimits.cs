namespace PosVendas.Domain.Attachments;

public static class AttachmentLimits
{
    public const int FileNameMaxLength = 200;

    public const int ContentTypeMaxLength = 100;

    public const int StorageKeyMaxLength = 100;

    public const int UploaderIdMaxLength = 200;
}
