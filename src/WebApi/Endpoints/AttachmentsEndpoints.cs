using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PosVendas.Application.Attachments;
using PosVendas.Application.Attachments.GetAttachmentContent;
using PosVendas.Application.Attachments.Inspection;
using PosVendas.Application.Attachments.UploadAttachments;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Localization;
using PosVendas.WebApi.Http;
using PosVendas.WebApi.Idempotency;
using PosVendas.WebApi.Localization;
using PosVendas.WebApi.OpenApi;

namespace PosVendas.WebApi.Endpoints;

/// <summary>
/// Uploads are a step of their own (front ends show a progress bar per file); a ticket or reply then names the
/// uploads it attaches in <c>attachmentIds</c>.
/// </summary>
internal static class AttachmentsEndpoints
{
    /// <summary>What a download can be: the types uploads are accepted as (decided from their bytes).</summary>
    private static readonly string[] DownloadTypes = [.. FileKind.All.Select(kind => kind.ContentType)];

    public static IEndpointRouteBuilder MapAttachmentsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/attachments")
            .WithTags("Attachments")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapPost("/", Upload)
            .WithMetadata(new LargeRequestBody())
            .WithName("UploadAttachments")
            .WithSummary("Upload one or more files (multipart/form-data) to attach to a ticket or reply.")
            .WithDescription("Accepted: JPEG, PNG, GIF, WebP, HEIC, PDF, plain text, .docx and .xlsx, checked by content. Unattached uploads expire after 24 hours by default.")
            .Accepts<UploadAttachmentsForm>("multipart/form-data")
            .Produces<UploadAttachmentsResponse>(StatusCodes.Status201Created)
            .WithIdempotency()
            .DisableAntiforgery()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/{id:guid}/content", Download)
            .WithName("DownloadAttachment")
            .WithSummary("Download an attachment of a ticket the caller may see (supports HTTP Range).")
            .WithMetadata(new RequestHeaderMetadata(
                "Range",
                "One byte range to download (RFC 9110): 206 with that part; a range past the end is 416; a unit other than bytes is ignored (200).",
                "bytes=0-1023"))
            .WithMetadata(new RequestHeaderMetadata(
                "If-None-Match",
                "The ETag of a copy the client keeps: 304 with no body while the file is the same.",
                "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\""))
            .Produces<Stream>(StatusCodes.Status200OK, DownloadTypes[0], DownloadTypes[1..])
            .Produces<Stream>(StatusCodes.Status206PartialContent, DownloadTypes[0], DownloadTypes[1..])
            .ProducesHeaders(StatusCodes.Status200OK, ResponseHeaders.ETag, ResponseHeaders.ContentDisposition, ResponseHeaders.AcceptRanges)
            .ProducesHeaders(StatusCodes.Status206PartialContent, ResponseHeaders.ETag, ResponseHeaders.ContentDisposition, ResponseHeaders.ContentRange)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesHeaders(StatusCodes.Status304NotModified, ResponseHeaders.ETag)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status416RangeNotSatisfiable);

        return app;
    }

    private static async Task<Created<UploadAttachmentsResponse>> Upload(
        HttpContext httpContext,
        IMediator mediator,
        IOptions<AttachmentOptions> options,
        CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var request = httpContext.Request;
        if (request.ContentLength > limits.MaxRequestBytes)
        {
            throw new PayloadTooLargeException(Texts.UploadRequestTooLarge.In(RequestLanguage.Resolve(httpContext), ByteSize.Format(limits.MaxRequestBytes)));
        }

        var bodySize = httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (bodySize is { IsReadOnly: false })
        {
            bodySize.MaxRequestBodySize = limits.MaxRequestBytes;
        }

        var boundary = MultipartBoundary(request.ContentType);
        var uploaded = await mediator.Send(new UploadAttachmentsRequest(ReadFiles(request.Body, boundary, cancellationToken)), cancellationToken);
        return TypedResults.Created((string?)null, uploaded);
    }

    private static async Task<IResult> Download(Guid id, HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken)
    {
        var attachment = await mediator.Send(new GetAttachmentContentQuery(id), cancellationToken);
        httpContext.Response.Headers.XContentTypeOptions = "nosniff";
        var entityTag = $"\"{attachment.Sha256}\"";
        var file = TypedResults.Stream(
            attachment.Content,
            attachment.ContentType,
            attachment.FileName,
            attachment.UploadedAt,
            new EntityTagHeaderValue(entityTag),
            enableRangeProcessing: true);
        return new FileDownloadResult(file, attachment.Size, entityTag);
    }

    private static string MultipartBoundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException(Texts.UploadNotMultipart.Get(), StatusCodes.Status415UnsupportedMediaType);
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 200)
        {
            throw new BadHttpRequestException(Texts.UploadNoBoundary.Get());
        }

        return boundary;
    }

    /// <summary>Yields each file part as it arrives; form fields that are not files are skipped.</summary>
    private static async IAsyncEnumerable<IncomingFile> ReadFiles(
        Stream body,
        string boundary,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, body) { BodyLengthLimit = null };
        while (await ReadSectionAsync(reader, cancellationToken) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
            {
                var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                yield return new IncomingFile(name, section.ContentType, new ClientBodyStream(section.Body, cancellationToken));
            }
        }
    }

    private static async Task<MultipartSection?> ReadSectionAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadNextSectionAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            throw new BadHttpRequestException(Texts.UploadMalformed.Get(exception.Message));
        }
    }
}

/// <summary>The multipart body of an upload, as the OpenAPI document describes it.</summary>
/// <param name="Files">The files, one part each, with their file names (any part name is read; generated clients send "files").</param>
internal sealed record UploadAttachmentsForm(IReadOnlyList<IFormFile> Files);
