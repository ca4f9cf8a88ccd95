using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using PosVendas.WebApi.Idempotency;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PosVendas.WebApi.OpenApi;

/// <summary>
/// Documents what each operation's metadata implies but ASP.NET Core's API explorer does not say: the bearer token
/// only where the endpoint requires one, the problem schema of each error status (<see cref="ProblemSchemas"/>), the
/// rate limit's 429 and an unreachable dependency's 503 with <c>Retry-After</c>, the request and response headers the
/// endpoint declares (<see cref="ResponseHeaders"/>), the <c>Idempotency-Key</c> of idempotent operations, and the enum a
/// <see cref="WireEnumAttribute"/> query parameter takes.
/// </summary>
internal sealed class ContractOperationFilter : IOperationFilter
{
    public const string BearerScheme = "Bearer";
    private const string ProblemMediaType = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];
        operation.Responses.TryAdd("429", Problem("Too many requests: retry after the number of seconds in Retry-After.", context));
        operation.Responses.TryAdd("503", Problem("The database or the file storage did not answer in time; nothing was changed. Retry after the number of seconds in Retry-After.", context));

        foreach (var (status, response) in operation.Responses)
        {
            if (response is OpenApiResponse { Content: { } content } && content.TryGetValue(ProblemMediaType, out var media) && media is OpenApiMediaType concrete)
            {
                concrete.Schema = new OpenApiSchemaReference(ProblemSchemas.For(status), context.Document);
            }
        }

        AddHeader(operation, StatusCodes.Status429TooManyRequests, ResponseHeaders.RetryAfter);
        AddHeader(operation, StatusCodes.Status503ServiceUnavailable, ResponseHeaders.RetryAfter);
        foreach (var header in metadata.OfType<ResponseHeaderMetadata>())
        {
            AddHeader(operation, header.Status, header.Name);
        }

        foreach (var header in metadata.OfType<RequestHeaderMetadata>())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name,
                In = ParameterLocation.Header,
                Required = false,
                Description = header.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Examples = [header.Example] },
            });
        }

        if (metadata.OfType<IdempotentOperation>().Any())
        {
            DocumentIdempotency(operation);
        }

        // An empty list says "no token" explicitly (development tokens, health), rather than leaving it unsaid.
        operation.Security = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any()
            ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }]
            : [];

        TypeWireEnums(operation, context);
    }

    private static OpenApiResponse Problem(string description, OperationFilterContext context) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            [ProblemMediaType] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProblemSchemas.Problem, context.Document) },
        },
    };

    private static void AddHeader(OpenApiOperation operation, int status, string name)
    {
        if (operation.Responses!.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) && response is OpenApiResponse concrete)
        {
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers[name] = ResponseHeaders.Header(name);
        }
    }

    private static void DocumentIdempotency(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyFilter.HeaderName,
            In = ParameterLocation.Header,
            Required = false,
            Description = "Makes retries safe: the same key and request replay the first response (Idempotency-Replayed: true) for 24 hours. A UUID per attempted action is a good key.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyFilter.MaxKeyLength, Examples = ["5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f"] },
        });
        foreach (var status in new[] { StatusCodes.Status200OK, StatusCodes.Status201Created })
        {
            AddHeader(operation, status, ResponseHeaders.IdempotencyReplayed);
        }
    }

    private static void TypeWireEnums(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var description in context.ApiDescription.ParameterDescriptions)
        {
            var parameterInfo = description.ParameterInfo();
            if (parameterInfo?.GetCustomAttribute<WireEnumAttribute>() is not { } wireEnum
                || operation.Parameters?.FirstOrDefault(parameter => parameter.Name == description.Name) is not OpenApiParameter parameter)
            {
                continue;
            }

            var enumSchema = context.SchemaGenerator.GenerateSchema(wireEnum.EnumType, context.SchemaRepository);
            var isArray = parameterInfo.ParameterType.IsArray;
            parameter.Schema = isArray
                ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = enumSchema }
                : enumSchema;
            if (isArray)
            {
                parameter.Style = ParameterStyle.Form;
                parameter.Explode = true;
            }
        }
    }
}
