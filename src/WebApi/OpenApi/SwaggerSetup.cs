using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;

namespace PosVendas.WebApi.OpenApi;

internal static class SwaggerSetup
{
    /// <summary>The top of the document: what a partner needs before the first call.</summary>
    private const string Introduction = """
        After-sales tickets (chamados) for real-estate developers' customer portals: customers open tickets and reply;
        the company's staff answer, add internal notes and move tickets through each company's statuses.

        **Tokens and tenants.** Every call but health and development tokens carries `Authorization: Bearer <token>`
        from the tenant's identity provider. The token says who calls: the tenant (company), the role (`customer`,
        `agent`, `admin`) and the person. Nothing in a request chooses the tenant or the customer; what the caller may
        not see answers 404.

        **Lists and cursors.** Lists answer `{items, nextCursor}`; pass `nextCursor` back as `cursor` until it is null.
        `limit` is 1 to 100 (20).

        **Versions.** Ticket reads and the tenant settings carry an `ETag`; a change sends it back as `If-Match`
        (missing: 428; stale: 412, read again).

        **Retries.** Creating requests take an `Idempotency-Key` (a UUID per action): a retry with the same key and
        body answers the first response again, with `Idempotency-Replayed: true`. 429 and 503 carry `Retry-After`.

        **Languages.** Messages, labels and e-mails are in pt-BR (default), en or es, from `Accept-Language`, else the
        token's locale, else the tenant's default.

        **Errors.** Every error is an RFC 9457 problem (`application/problem+json`) with a `traceId`; a 400 lists the
        fields in `errors`, a 409 names the `rule`.

        **Times** are RFC 3339 in UTC with microseconds (`2026-11-28T12:00:00.000000Z`).
        """;

    public static IServiceCollection AddPosVendasSwagger(this IServiceCollection services)
    {
        // Swashbuckle reads the MVC JSON options; keep them the same as the minimal API's.
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => JsonSetup.Apply(options.JsonSerializerOptions));
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "PosVendas API",
                Version = "v1",
                Description = Introduction,
                License = new OpenApiLicense { Name = "Proprietary" },
            });
            options.AddSecurityDefinition(ContractOperationFilter.BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from the tenant's identity provider (in Development: POST /dev/tokens).",
            });
            // Request members and query parameters are described by their XML docs (<param> on records and handlers).
            options.IncludeXmlComments(typeof(SwaggerSetup).Assembly);
            options.IncludeXmlComments(typeof(PosVendas.Application.Tickets.CommentDto).Assembly);
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.OperationFilter<ContractOperationFilter>();
            options.OperationFilter<MultipartBodyFilter>();
            options.SchemaFilter<ExamplesSchemaFilter>();
            options.SchemaFilter<EnumNamesSchemaFilter>();
            options.DocumentFilter<HealthPathsFilter>();
            options.DocumentFilter<ProblemSchemas>();
            options.DocumentFilter<TagDescriptionsFilter>();
        });
        return services;
    }

    /// <summary>
    /// The document at /swagger/v1/swagger.json and Swagger UI. The document's server is the origin it was requested
    /// from, so Swagger UI and clients generated from a deployment's document call that deployment (docs/openapi.json
    /// is requested as http://localhost:5080, where scripts/run.sh listens).
    /// </summary>
    public static IApplicationBuilder UsePosVendasSwagger(this IApplicationBuilder app)
    {
        app.UseSwagger(options => options.PreSerializeFilters.Add((document, request) =>
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}", Description = "This deployment" }]));
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "PosVendas API v1");
            options.EnableDeepLinking();
            options.EnablePersistAuthorization();
            options.DisplayRequestDuration();
        });
        return app;
    }
}

/// <summary>
/// How the API writes and reads JSON: camelCase members, enums by their snake_case names, times in UTC, text read in
/// Unicode normal form C.
/// </summary>
internal static class JsonSetup
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new UtcTimeConverter());
        options.Converters.Add(new NormalizedTextConverter());
    }
}
