using Microsoft.Net.Http.Headers;
using PosVendas.Application.Localization;
using PosVendas.WebApi.Localization;

namespace PosVendas.WebApi.Http;

/// <summary>
/// A file download with ASP.NET Core's range and precondition handling, fixed in two places. Its refusals, an
/// unsatisfiable <c>Range</c> (416) and a failed <c>If-Match</c> or <c>If-Unmodified-Since</c> (412), come with an empty
/// body of the file's content type: this writes a problem document in its place, keeping the headers the refusal needs
/// (<c>Content-Range: bytes */length</c>). And it serves a part for any <c>Range</c>, whatever its unit: a unit other
/// than bytes, or a header it cannot read, is ignored here as RFC 9110 asks, and the whole file comes back.
/// </summary>
internal sealed class FileDownloadResult(IResult file, long length, string entityTag) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var range = httpContext.Request.Headers.Range;
        if (range.Count > 0 && !(RangeHeaderValue.TryParse(range.ToString(), out var parsed)
                && string.Equals(parsed.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase)))
        {
            httpContext.Request.Headers.Remove(HeaderNames.Range);
        }

        await file.ExecuteAsync(httpContext);
        var response = httpContext.Response;
        if (response.StatusCode < StatusCodes.Status400BadRequest || response.HasStarted)
        {
            return;
        }

        var locale = RequestLanguage.Resolve(httpContext);
        var detail = response.StatusCode == StatusCodes.Status416RangeNotSatisfiable
            ? Texts.RangeNotSatisfiable.In(locale, length)
            : Texts.FileDoesNotMatch.In(locale, entityTag);
        response.ContentType = null;
        response.ContentLength = null;
        await httpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = response.StatusCode, Detail = detail },
        });
    }
}
