using Microsoft.OpenApi;
using PosVendas.WebApi.Idempotency;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PosVendas.WebApi.OpenApi;

/// <summary>
/// Documents what applies to every operation but is not declared on each: the rate limit's 429, the 503 of an
/// unreachable database, and the <c>Idempotency-Key</c> header on the operations that accept one.
/// </summary>
internal sealed class ContractOperationFilter : IOperationFilter
{
    private static OpenApiResponse Problem(string description, OperationFilterContext context) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
        },
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        operation.Responses.TryAdd("429", Problem("Too many requests: retry after the number of seconds in Retry-After.", context));
        operation.Responses.TryAdd("503", Problem("The database or the file storage did not answer in time; nothing was changed. Retry after the number of seconds in Retry-After.", context));

        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotentOperation>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyFilter.HeaderName,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Makes retries safe: the same key and request replay the first response (Idempotency-Replayed: true) for 24 hours.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 255 },
            });
        }
    }
}
