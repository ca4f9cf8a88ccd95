using Microsoft.Extensions.FileProviders;

namespace PosVendas.WebApi.Http;

/// <summary>
/// The reference customer portal (src/Portal), when its built files are present: served at <c>/portal/</c>, every
/// other path under it answered with its index.html so the portal's own routes work on reload. The folder is
/// <c>Portal:Root</c>, by default <c>portal</c> beside the program; scripts/run.sh builds the portal and points here.
/// The portal reaches the API only through the public API, as any other front end does.
/// </summary>
internal static class PortalSite
{
    public const string Path = "/portal";

    /// <summary>Before authentication and rate limits: the portal's files are public and hold no one's data.</summary>
    public static IApplicationBuilder UsePortalSite(this WebApplication app)
    {
        var root = app.Configuration["Portal:Root"] is { Length: > 0 } configured
            ? System.IO.Path.GetFullPath(configured, app.Environment.ContentRootPath)
            : System.IO.Path.Combine(AppContext.BaseDirectory, "portal");
        var index = System.IO.Path.Combine(root, "index.html");
        if (!File.Exists(index))
        {
            return app;
        }

        var files = new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            RequestPath = Path,
            // Vite names its bundles by their content: they never change. Other files (icons) are revalidated.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Path.StartsWithSegments($"{Path}/assets") ? "public, max-age=31536000, immutable" : "no-cache",
        };
        return app.UseWhen(context => context.Request.Path.StartsWithSegments(Path), portal =>
        {
            portal.Use((context, next) =>
            {
                if (context.Request.Path == Path)
                {
                    context.Response.Redirect($"{Path}/");
                    return Task.CompletedTask;
                }

                return next(context);
            });
            portal.UseStaticFiles(files);
            portal.MapWhen(context => context.Request.Path.StartsWithSegments($"{Path}/assets"), assets =>
            {
                assets.Run(context =>
                {
                    // A bundle of another build: the page that asked for it is stale, and must not get HTML as script.
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                });
            });
            // Every other path is one of the portal's routes: its page, revalidated on each load.
            portal.Run(async context =>
            {
                if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
                {
                    context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                    return;
                }

                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-cache";
                await context.Response.SendFileAsync(index, context.RequestAborted);
            });
        });
    }
}
