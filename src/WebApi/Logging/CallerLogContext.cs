using PosVendas.WebApi.Security;
using Serilog;
using Serilog.Context;

namespace PosVendas.WebApi.Logging;

/// <summary>
/// Puts who is calling on every log event of a request: <c>TenantId</c> and <c>UserId</c> (the token's subject),
/// never the token, an e-mail address or a text the caller wrote. With the trace id Serilog records from the
/// request's activity, an operator follows one caller's requests across instances.
/// </summary>
internal static class CallerLogContext
{
    /// <summary>The events written while the request runs (handlers, the exception handler).</summary>
    public static IApplicationBuilder UseCallerLogContext(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Caller() is not { } caller)
            {
                await next(context);
                return;
            }

            using (LogContext.PushProperty("TenantId", caller.TenantId))
            using (LogContext.PushProperty("UserId", caller.Subject))
            {
                await next(context);
            }
        });

    /// <summary>The request's own line, written by the request logging middleware after the request.</summary>
    public static void EnrichRequestLog(IDiagnosticContext log, HttpContext context)
    {
        if (context.Caller() is { } caller)
        {
            log.Set("TenantId", caller.TenantId);
            log.Set("UserId", caller.Subject);
        }
    }
}
