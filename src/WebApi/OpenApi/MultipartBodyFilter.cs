using Microsoft.OpenApi;
using PosVendas.Application.Attachments.Inspection;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PosVendas.WebApi.OpenApi;

/// <summary>
/// A <c>multipart/form-data</c> body is written inline with an <c>encoding</c> entry per part, which is what client
/// generators need to send one part per file with its file name: NSwag and hey-api then take a list of files (with
/// names) instead of one raw stream.
/// </summary>
internal sealed class MultipartBodyFilter : IOperationFilter
{
    private const string MultipartFormData = "multipart/form-data";

    /// <summary>The types a file part may declare: the accepted kinds, or octet-stream to let the content decide.</summary>
    private static readonly string FileContentTypes = string.Join(", ", FileKind.All.Select(kind => kind.ContentType).Append("application/octet-stream"));

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody?.Content?.TryGetValue(MultipartFormData, out var media) != true
            || media is not OpenApiMediaType { Schema: OpenApiSchemaReference { Reference.Id: { } id } } concrete
            || !context.SchemaRepository.Schemas.Remove(id, out var form)
            || form is not OpenApiSchema { Properties: { } properties })
        {
            return;
        }

        concrete.Schema = form;
        concrete.Encoding = properties.Keys.ToDictionary(name => name, _ => new OpenApiEncoding { ContentType = FileContentTypes });
    }
}
