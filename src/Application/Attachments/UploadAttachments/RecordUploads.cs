using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Idempotency;
using PosVendas.Application.Data;
using PosVendas.Domain.Attachments;

namespace PosVendas.Application.Attachments.UploadAttachments;

/// <summary>A file whose bytes are in the blob store, checked, and not yet recorded.</summary>
public sealed record StoredUpload(Guid Id, string FileName, string ContentType, long Size, string Sha256, string StorageKey, DateTimeOffset UploadedAt);

/// <summary>
/// Records the files an upload stored as unclaimed attachments of the caller, all in one transaction. Sent by
/// <see cref="UploadAttachmentsHandler"/> once every file of the request is stored.
/// </summary>
public sealed record RecordUploadsCommand(IReadOnlyList<StoredUpload> Files) : ICommand<UploadAttachmentsResponse>, IFingerprintedCommand
{
    /// <summary>
    /// A repeated upload is the same request when it carries the same files, by shown name and SHA-256, in the same
    /// order: ids and storage keys are new for every attempt.
    /// </summary>
    public string IdempotencyFingerprint => string.Join('\n', Files.Select(file => $"{file.FileName}\t{file.Sha256}"));
}

internal sealed class RecordUploadsHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<RecordUploadsCommand, UploadAttachmentsResponse>
{
    public ValueTask<UploadAttachmentsResponse> Handle(RecordUploadsCommand command, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.TenantId ?? throw new ForbiddenAccessException();
        var uploaderId = currentUser.ActorId() ?? throw new ForbiddenAccessException();

        db.Attachments.AddRange(command.Files.Select(file => Attachment.Register(
            file.Id, tenantId, uploaderId, file.FileName, file.ContentType, file.Size, file.Sha256, file.StorageKey, file.UploadedAt)));
        return ValueTask.FromResult(new UploadAttachmentsResponse(
            [.. command.Files.Select(file => new UploadedAttachmentDto(file.Id, file.FileName, file.ContentType, file.Size, file.Sha256))]));
    }
}
