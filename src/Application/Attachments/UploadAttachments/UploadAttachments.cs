using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Localization;
using PosVendas.Domain.Attachments;

namespace PosVendas.Application.Attachments.UploadAttachments;

/// <summary>One file of a multipart upload, as its bytes arrive.</summary>
public sealed record IncomingFile(string? FileName, string? DeclaredContentType, Stream Content);

/// <summary>
/// Stores uploaded files, checking each one's size and content, and records them as unclaimed attachments of the
/// caller. Either every file of the request is recorded or none is.
/// </summary>
/// <remarks>
/// A request, not a command: files stream for as long as the client takes, so no transaction is open meanwhile. Once
/// every file is stored, <see cref="RecordUploadsCommand"/> records them in one command's transaction, with the
/// request's <c>Idempotency-Key</c> (ADR 0003, ADR 0005).
/// </remarks>
public sealed record UploadAttachmentsRequest(IAsyncEnumerable<IncomingFile> Files) : IRequest<UploadAttachmentsResponse>;

public sealed record UploadAttachmentsResponse(IReadOnlyList<UploadedAttachmentDto> Items);

public sealed record UploadedAttachmentDto(Guid Id, string FileName, string ContentType, long Size, string Sha256);

internal sealed class UploadAttachmentsHandler(
    ISender mediator,
    ICurrentUser currentUser,
    IBlobStore blobs,
    IOptions<AttachmentOptions> options,
    TimeProvider clock,
    ILogger<UploadAttachmentsHandler> logger) : IRequestHandler<UploadAttachmentsRequest, UploadAttachmentsResponse>
{
    private readonly AttachmentOptions _limits = options.Value;

    public async ValueTask<UploadAttachmentsResponse> Handle(UploadAttachmentsRequest request, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.TenantId ?? throw new ForbiddenAccessException();

        var stored = new List<StoredUpload>();
        UploadAttachmentsResponse? response = null;
        try
        {
            await foreach (var file in request.Files.WithCancellation(cancellationToken))
            {
                if (stored.Count == _limits.MaxFilesPerRequest)
                {
                    throw new PayloadTooLargeException(Texts.UploadTooManyFiles.Get(_limits.MaxFilesPerRequest));
                }

                stored.Add(await StoreAsync(tenantId, file, cancellationToken));
            }

            if (stored.Count == 0)
            {
                throw new ValidationException([new ValidationFailure("files", Texts.UploadNoFiles.Get())]);
            }

            response = await mediator.Send(new RecordUploadsCommand(stored), cancellationToken);
            return response;
        }
        finally
        {
            // Bytes no attachment records are deleted: those of a request that failed, and those of a repeat whose
            // Idempotency-Key answered with the first upload's attachments.
            var recorded = response?.Items.Select(item => item.Id).ToHashSet() ?? [];
            await DeleteQuietlyAsync(stored.Where(file => !recorded.Contains(file.Id)).Select(file => file.StorageKey));
        }
    }

    private async Task<StoredUpload> StoreAsync(Guid tenantId, IncomingFile file, CancellationToken cancellationToken)
    {
        var fileName = FileName.Sanitize(file.FileName);
        var id = Guid.CreateVersion7(clock.GetUtcNow());
        var key = $"{tenantId:N}/{id:N}";
        await using var content = new InspectingStream(file.Content, _limits.MaxFileBytes);

        try
        {
            await blobs.WriteAsync(key, content, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await DeleteQuietlyAsync([key]);
            if (content.LimitExceeded)
            {
                throw new PayloadTooLargeException(Texts.UploadFileTooLarge.Get(fileName, ByteSize.Format(_limits.MaxFileBytes)));
            }

            content.SourceFailure?.Throw();
            logger.LogError(exception, "Storing upload {StorageKey} failed", key);
            throw new StorageUnavailableException(exception);
        }

        var verdict = content.Inspector.Complete();
        var problem = verdict switch
        {
            { IsEmpty: true } => null,
            { Kind: null } => verdict.RejectionReason,
            { Kind: { } kind } when !kind.AcceptsExtension(FileName.ExtensionOf(fileName)) =>
                Texts.UploadWrongExtension.Get(fileName, kind.ContentType, string.Join(" / ", kind.Extensions)),
            { Kind: { } kind } when !kind.AcceptsDeclaredType(file.DeclaredContentType) =>
                Texts.UploadWrongDeclaredType.Get(fileName, kind.ContentType, file.DeclaredContentType ?? ""),
            _ => null,
        };

        if (verdict.IsEmpty || problem is not null)
        {
            await DeleteQuietlyAsync([key]);
            if (verdict.IsEmpty)
            {
                throw new ValidationException([new ValidationFailure("files", Texts.UploadEmptyFile.Get(fileName))]);
            }

            throw new UnsupportedContentException(problem!);
        }

        return new StoredUpload(id, fileName, verdict.Kind!.ContentType, content.BytesRead, content.Sha256Hex(), key, clock.GetUtcNow());
    }

    private async Task DeleteQuietlyAsync(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            try
            {
                await blobs.DeleteAsync(key, CancellationToken.None);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Could not delete blob {StorageKey}; it is left without a record", key);
            }
        }
    }
}
