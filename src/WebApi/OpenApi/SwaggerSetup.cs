using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;

namespace PosVendas.WebApi.OpenApi;

internal static class SwaggerSetup
{
    private const string BearerScheme = "Bearer";

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
                Description = "After-sales tickets (chamados) for real-estate developers' customer portals.",
                License = new OpenApiLicense { Name = "Proprietary" },
            });
            options.AddServer(new OpenApiServer { Url = "/", Description = "This deployment" });
            options.DocumentFilter<TagDescriptionsFilter>();
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from the tenant's identity provider (in Development: POST /dev/tokens).",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [],
            });
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.OperationFilter<ContractOperationFilter>();
            options.SchemaFilter<ExamplesSchemaFilter>();
        });
        return services;
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
