using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace PosVendas.WebApi.Http;

/// <summary>The <c>Cors</c> section: the browser origins allowed to call the API.</summary>
internal sealed class CrossOriginOptions
{
    public const string SectionName = "Cors";

    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// One reason per entry that no browser would send as its <c>Origin</c> header: a browser sends
    /// <c>scheme://host[:port]</c>, without the default port, a path or a trailing slash, and CORS compares it with
    /// each entry as text, so an entry like <c>https://portal.example.com/</c> never matches and the front end fails
    /// without a word in the API's log. <c>*</c> allows every origin.
    /// </summary>
    public IEnumerable<string> Problems() =>
        AllowedOrigins.Where(entry => entry != "*" && !IsOrigin(entry)).Select(entry =>
            $"Cors:AllowedOrigins has '{entry}', which no browser sends as its origin: write scheme://host[:port] with no " +
            "path or trailing slash (for example https://portal.example.com), or *.");

    private static bool IsOrigin(string entry) =>
        Uri.TryCreate(entry, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), entry, StringComparison.OrdinalIgnoreCase);
}

internal sealed class CrossOriginOptionsValidator : IValidateOptions<CrossOriginOptions>
{
    public ValidateOptionsResult Validate(string? name, CrossOriginOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

/// <summary>
/// Browser front ends on other origins: the origins listed in <c>Cors:AllowedOrigins</c> may call the API with a
/// bearer token and read the headers clients rely on (Location, ETag, Retry-After, Idempotency-Replayed).
/// </summary>
internal static class CorsSetup
{
    public static IServiceCollection AddPosVendasCors(this IServiceCollection services)
    {
        services.AddOptions<CrossOriginOptions>().BindConfiguration(CrossOriginOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CrossOriginOptions>, CrossOriginOptionsValidator>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CrossOriginOptions>>((options, configured) =>
            options.AddDefaultPolicy(policy =>
            {
                var origins = configured.Value.AllowedOrigins;
                if (origins.Length > 0)
                {
                    policy.WithOrigins(origins)
                        .AllowAnyHeader()
                        .AllowAnyMethod()
                        .WithExposedHeaders("Location", "ETag", "Retry-After", "Idempotency-Replayed", "Content-Disposition", "Content-Range", "Accept-Ranges");
                }
            }));
        return services;
    }
}
