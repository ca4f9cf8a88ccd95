using Microsoft.Net.Http.Headers;

namespace PosVendas.WebApi.Http;

/// <summary>
/// <c>Cache-Control: no-store</c> on every response the application writes, errors included: tickets, comments,
/// attachments and tokens are personal, and no cache should keep or replay an error. Swagger UI's pages, the
/// OpenAPI document and the portal's files (PortalSite) are the exception when they succeed. Set as the response starts, so it outlives the exception
/// handler clearing the response, and it replaces the handler's <c>no-cache,no-store</c>, <c>Pragma</c> and
/// <c>Expires</c>, so that every answer says the same thing.
/// </summary>
internal static class NoStore
{
    public static IApplicationBuilder UseNoStore(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(Apply, context);
        return next(context);
    });

    private static Task Apply(object state)
    {
        var context = (HttpContext)state;
        var response = context.Response;
        if (response.StatusCode < StatusCodes.Status400BadRequest
            && (context.Request.Path.StartsWithSegments("/swagger") || context.Request.Path.StartsWithSegments(PortalSite.Path)))
        {
            return Task.CompletedTask;
        }

        response.Headers.CacheControl = "no-store";
        response.Headers.Remove(HeaderNames.Pragma);
        response.Headers.Remove(HeaderNames.Expires);
        return Task.CompletedTask;
    }
}
