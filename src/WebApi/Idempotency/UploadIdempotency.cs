using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PosVendas.Application.Attachments;
using PosVendas.Application.Attachments.UploadAttachments;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Localization;
using PosVendas.Domain.Attachments;
using PosVendas.WebApi.Localization;

namespace PosVendas.WebApi.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> for uploads, whose bodies stream and cannot be hashed before they are stored. The first
/// request with a key uploads as usual and keeps its response. A repeat is read without storing anything and
/// compared file by file (name and SHA-256) with that response: the same files replay it, others are 422.
/// </summary>
internal sealed class UploadIdempotency(IIdempotencyStore store, ICurrentUser currentUser, IOptions<JsonOptions> json, IOptions<AttachmentOptions> limits)
{
    private const string UploadMarker = "upload";

    public async Task<IResult> RunAsync(
        HttpContext http,
        Func<Task<UploadAttachmentsResponse>> upload,
        IAsyncEnumerable<IncomingFile> files,
        CancellationToken cancellationToken)
    {
        var key = http.Request.Headers[IdempotencyFilter.HeaderName].ToString();
        if (string.IsNullOrEmpty(key) || currentUser.TenantId is not { } tenantId || currentUser.ActorId() is not { } userId)
        {
            return TypedResults.Created((string?)null, await upload());
        }

        // Files stream for as long as they take, so the claim is not held in a transaction: it commits now, and a
        // repeat meanwhile is 409 until this one completes or abandons it.
        await store.ForgetExpiredAsync(tenantId, userId, cancellationToken);
        var claim = await store.TryBeginAsync(tenantId, userId, key, UploadMarker, cancellationToken);
        switch (claim.Outcome)
        {
            case IdempotencyOutcome.InProgress:
                return Problem(StatusCodes.Status409Conflict, "Conflict", Texts.In(RequestLanguage.Resolve(http), "idempotency.inProgress", IdempotencyFilter.HeaderName));
            case IdempotencyOutcome.Mismatch:
                return Problem(StatusCodes.Status422UnprocessableEntity, "Unprocessable Entity", Texts.In(RequestLanguage.Resolve(http), "idempotency.mismatch", IdempotencyFilter.HeaderName));
            case IdempotencyOutcome.Completed:
                var first = JsonSerializer.Deserialize<UploadAttachmentsResponse>(claim.Response!.Body!, json.Value.SerializerOptions)!;
                return SameFiles(first, await FingerprintAsync(files, cancellationToken))
                    ? new IdempotencyFilter.ReplayResult(claim.Response)
                    : Problem(StatusCodes.Status422UnprocessableEntity, "Unprocessable Entity", Texts.In(RequestLanguage.Resolve(http), "idempotency.otherFiles", IdempotencyFilter.HeaderName));
        }

        UploadAttachmentsResponse response;
        try
        {
            response = await upload();
        }
        catch
        {
            await store.AbandonAsync(tenantId, userId, key, CancellationToken.None);
            throw;
        }

        var body = JsonSerializer.Serialize(response, json.Value.SerializerOptions);
        await store.CompleteAsync(tenantId, userId, key, new StoredResponse(StatusCodes.Status201Created, body, null), CancellationToken.None);
        return TypedResults.Created((string?)null, response);
    }

    private static bool SameFiles(UploadAttachmentsResponse first, IReadOnlyList<(string Name, string Sha256)> repeat) =>
        first.Items.Select(item => (item.FileName, item.Sha256)).SequenceEqual(repeat);

    /// <summary>Each file's shown name and SHA-256, read without storing anything.</summary>
    private async Task<IReadOnlyList<(string Name, string Sha256)>> FingerprintAsync(IAsyncEnumerable<IncomingFile> files, CancellationToken cancellationToken)
    {
        var fingerprints = new List<(string, string)>();
        var buffer = new byte[81_920];
        await foreach (var file in files.WithCancellation(cancellationToken))
        {
            using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long total = 0;
            int read;
            while ((read = await file.Content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > limits.Value.MaxFileBytes)
                {
                    throw new PayloadTooLargeException(Texts.Get("upload.tooLarge", FileName.Sanitize(file.FileName), ByteSize.Format(limits.Value.MaxFileBytes)));
                }

                sha256.AppendData(buffer, 0, read);
            }

            fingerprints.Add((FileName.Sanitize(file.FileName), Convert.ToHexStringLower(sha256.GetCurrentHash())));
        }

        return fingerprints;
    }

    private static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
