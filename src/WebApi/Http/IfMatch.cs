using System.Globalization;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Localization;
using PosVendas.WebApi.Localization;

namespace PosVendas.WebApi.Http;

/// <summary>The <c>If-Match</c> header of a conditional change: the version (ETag) the client read.</summary>
internal static class IfMatch
{
    /// <summary>
    /// The version the client read: null for <c>*</c> (whatever is current); a weak <c>W/</c> tag counts as the same
    /// tag, and a malformed one matches no version (412).
    /// </summary>
    /// <exception cref="BadHttpRequestException">428 when the header is missing: the change needs the version read.</exception>
    public static uint? ExpectedVersion(string? header, HttpContext httpContext, VersionedResource resource)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            var detail = resource == VersionedResource.TenantSettings ? Texts.SettingsIfMatchRequired : Texts.IfMatchRequired;
            throw new BadHttpRequestException(detail.In(RequestLanguage.Resolve(httpContext)), StatusCodes.Status428PreconditionRequired);
        }

        var tag = header.Trim();
        tag = tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
        return tag == "*"
            ? null
            : uint.TryParse(tag.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0;
    }
}
