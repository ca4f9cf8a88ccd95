using System.Globalization;
using PosVendas.Application.Localization;
using PosVendas.Domain.Common;
using PosVendas.WebApi.Security;

namespace PosVendas.WebApi.Localization;

/// <summary>
/// The language a response speaks: the first supported language of <c>Accept-Language</c>, else the token's
/// <c>locale</c>, else the tenant's default (both resolved at authentication), else Portuguese.
/// </summary>
internal static class RequestLanguage
{
    public static string Resolve(HttpContext context) =>
        context.Caller()?.Locale
        ?? FromAcceptLanguage(context.Request)
        ?? Locales.PortugueseBrazil;

    public static string? FromAcceptLanguage(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => Texts.LocaleOf(language.Value.Value))
            .FirstOrDefault(locale => locale is not null);

    /// <summary>
    /// Makes the request's language the UI culture downstream (validation messages use it). The culture is the cached,
    /// read-only instance: building a new one on every request was about 2% of the list's CPU (ADR 0010).
    /// </summary>
    public static IApplicationBuilder UseRequestLanguage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Resolve(context));
            await next(context);
        });
}
