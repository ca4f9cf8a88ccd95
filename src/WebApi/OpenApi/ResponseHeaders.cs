using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace PosVendas.WebApi.OpenApi;

/// <summary>
/// The response headers clients read, as the OpenAPI document declares them. An endpoint names the ones it sets
/// (<see cref="ResponseHeaderEndpointExtensions.ProducesHeaders"/>); <see cref="ContractOperationFilter"/> adds
/// <c>Retry-After</c> to every 429 and 503 and <c>Idempotency-Replayed</c> to the successes of idempotent operations.
/// </summary>
internal static class ResponseHeaders
{
    public const string ETag = "ETag";
    public const string Location = "Location";
    public const string IdempotencyReplayed = "Idempotency-Replayed";
    public const string RetryAfter = "Retry-After";
    public const string ContentDisposition = "Content-Disposition";
    public const string ContentRange = "Content-Range";
    public const string AcceptRanges = "Accept-Ranges";

    private static readonly Dictionary<string, (string Description, JsonSchemaType Type, JsonNode Example)> Definitions = new(StringComparer.Ordinal)
    {
        [ETag] = ("The version of what the response carries: send it back as If-Match to change a ticket or the settings, or as If-None-Match to skip an unchanged download.", JsonSchemaType.String, "\"7\""),
        [Location] = ("Where the created resource can be read.", JsonSchemaType.String, "/api/v1/tickets/42"),
        [IdempotencyReplayed] = ("true when this is the stored response of an earlier request with the same Idempotency-Key.", JsonSchemaType.String, "true"),
        [RetryAfter] = ("Seconds to wait before trying again.", JsonSchemaType.Integer, 5),
        [ContentDisposition] = ("attachment, with the file name as uploaded (filename and filename*).", JsonSchemaType.String, "attachment; filename=parede.jpg; filename*=UTF-8''parede.jpg"),
        [ContentRange] = ("The bytes this partial response carries, and the file's size.", JsonSchemaType.String, "bytes 0-1023/48213"),
        [AcceptRanges] = ("bytes: the file can be downloaded in parts (Range).", JsonSchemaType.String, "bytes"),
    };

    public static OpenApiHeader Header(string name)
    {
        var (description, type, example) = Definitions[name];
        return new OpenApiHeader
        {
            Description = description,
            Schema = new OpenApiSchema { Type = type, Examples = [example.DeepClone()] },
        };
    }
}

/// <summary>Endpoint metadata: the response with <paramref name="Status"/> carries the header <paramref name="Name"/>.</summary>
internal sealed record ResponseHeaderMetadata(int Status, string Name);

/// <summary>
/// Endpoint metadata: the operation reads the request header <paramref name="Name"/> itself (not through a bound
/// parameter), so the OpenAPI document declares it as an optional header parameter.
/// </summary>
internal sealed record RequestHeaderMetadata(string Name, string Description, string Example);

internal static class ResponseHeaderEndpointExtensions
{
    /// <summary>Declares headers the response with <paramref name="status"/> sets, for the OpenAPI document.</summary>
    public static TBuilder ProducesHeaders<TBuilder>(this TBuilder builder, int status, params string[] names)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata([.. names.Select(name => new ResponseHeaderMetadata(status, name))]);
}
