using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using PosVendas.Application.Localization;
using PosVendas.WebApi.Localization;

namespace PosVendas.WebApi.Http;

/// <summary>
/// A small request body for every operation (JSON bodies are far below it); uploads raise their own limit per
/// request. Kestrel enforces it while reading, also for chunked bodies; a declared Content-Length over it is refused
/// before anything is read.
/// </summary>
internal static class RequestSizeLimit
{
    public const string ConfigurationKey = "Http:MaxRequestBodyBytes";
    public const long DefaultBytes = 1024 * 1024;

    public static long Configured(IConfiguration configuration) =>
        configuration.GetValue<long?>(ConfigurationKey) ?? DefaultBytes;

    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app, IConfiguration configuration)
    {
        var limit = Configured(configuration);
        return app.Use(async (context, next) =>
        {
            var allowed = context.GetEndpoint()?.Metadata.GetMetadata<LargeRequestBody>() is null ? limit : long.MaxValue;
            if (context.Request.ContentLength > allowed)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "Payload Too Large",
                        Detail = Texts.RequestTooLarge.In(RequestLanguage.Resolve(context), limit.ToString(CultureInfo.InvariantCulture)),
                    },
                });
                return;
            }

            if (allowed != long.MaxValue && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = allowed;
            }

            await next(context);
        });
    }
}

/// <summary>Marks an operation that sets its own, larger body limit (uploads).</summary>
internal sealed class LargeRequestBody;
