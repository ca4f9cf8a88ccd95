using PosVendas.Domain.Attachments.Rules;
using PosVendas.Domain.Common;

namespace PosVendas.Domain.Attachments;

/// <summary>
/// A file a user uploaded. It starts unclaimed; opening a ticket or replying claims it, once, for that ticket (and
/// comment). Unclaimed uploads expire; claimed ones stay as long as their ticket.
/// </summary>
public sealed class Attachment : ITenantOwned
{
    private Attachment()
    {
        UploaderId = null!;
        FileName = null!;
        ContentType = null!;
        Sha256 = null!;
        StorageKey = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>The customer id, or the staff member's token subject, of who uploaded it.</summary>
    public string UploaderId { get; private set; }

    /// <summary>The sanitised name shown to people; never used for storage.</summary>
    public string FileName { get; private set; }

    /// <summary>The type established from the content, not the one the client declared.</summary>
    public string ContentType { get; private set; }

    public long Size { get; private set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the content.</summary>
    public string Sha256 { get; private set; }

    /// <summary>The generated key of the bytes in the blob store.</summary>
    public string StorageKey { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public Guid? TicketId { get; private set; }

    public Guid? CommentId { get; private set; }

    public DateTimeOffset? ClaimedAt { get; private set; }

    public bool IsClaimed => TicketId is not null;

    public static Attachment Register(
        Guid id,
        Guid tenantId,
        string uploaderId,
        string fileName,
        string contentType,
        long size,
        string sha256,
        string storageKey,
        DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        return new Attachment
        {
            Id = id,
            TenantId = tenantId,
            UploaderId = Text.Required(uploaderId, AttachmentLimits.UploaderIdMaxLength, nameof(uploaderId)),
            FileName = Attachments.FileName.Sanitize(fileName),
            ContentType = Text.Required(contentType, AttachmentLimits.ContentTypeMaxLength, nameof(contentType)),
            Size = size,
            Sha256 = Text.Required(sha256, 64, nameof(sha256)),
            StorageKey = Text.Required(storageKey, AttachmentLimits.StorageKeyMaxLength, nameof(storageKey)),
            UploadedAt = now,
        };
    }

    /// <summary>Attaches the upload to a ticket, or to one of its comments.</summary>
    public void ClaimFor(Guid tenantId, Guid ticketId, Guid? commentId, DateTimeOffset now)
    {
        if (tenantId != TenantId)
        {
            throw new ArgumentException("An upload is claimed within its own tenant.", nameof(tenantId));
        }

        BusinessRuleValidationException.ThrowIfBroken(new AttachmentCanBeClaimedOnceRule(this));
        TicketId = ticketId;
        CommentId = commentId;
        ClaimedAt = now;
    }
}
