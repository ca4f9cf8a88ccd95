namespace PosVendas.WebApi.Http;

/// <summary>
/// Browser front ends on other origins: the origins listed in <c>Cors:AllowedOrigins</c> may call the API with a
/// bearer token and read the headers clients rely on (Location, ETag, Retry-After, Idempotency-Replayed).
/// </summary>
internal static class CorsSetup
{
    public static IServiceCollection AddPosVendasCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
            if (origins.Length > 0)
            {
                policy.WithOrigins(origins)
                    .AllowAnyHeader()
                    .AllowAnyMethod()
                    .WithExposedHeaders("Location", "ETag", "Retry-After", "Idempotency-Replayed", "Content-Disposition");
            }
        }));
        return services;
    }
}
