using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PosVendas.Application.Attachments;
using PosVendas.Application.Attachments.Inspection;
using PosVendas.Application.Tenancy.GetPortalSettings;
using PosVendas.WebApi.Security;

namespace PosVendas.WebApi.Endpoints;

/// <summary>What a customer portal needs before anyone signs in: the company's look, where to sign in, the upload limits.</summary>
internal static class PortalEndpoints
{
    public static IEndpointRouteBuilder MapPortalEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/portal/{tenant}", GetPortalSettings)
            .WithTags("Portal")
            .WithName("GetPortalSettings")
            .WithSummary("The portal of a tenant: its name, logo, colour, language, time zone, sign-in and upload limits; no token needed.")
            .AllowAnonymous()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<PortalSettingsResponse>> GetPortalSettings(
        string tenant,
        IMediator mediator,
        IOptions<AuthOptions> authOptions,
        IOptions<AttachmentOptions> attachmentOptions,
        IHostEnvironment environment,
        CancellationToken cancellationToken)
    {
        var branding = await mediator.Send(new GetPortalSettingsQuery(tenant), cancellationToken);
        var auth = authOptions.Value;
        var provider = auth.Providers.Values.FirstOrDefault(p => p.Portal is not null && p.Tenants.Contains(branding.Tenant, StringComparer.Ordinal));
        var limits = attachmentOptions.Value;
        return TypedResults.Ok(new PortalSettingsResponse(
            branding.Tenant,
            branding.DisplayName,
            branding.LogoUrl,
            branding.PrimaryColor,
            branding.DefaultLocale,
            branding.TimeZone,
            provider is null ? null : new PortalSignIn(provider.Authority!, provider.Portal!.ClientId!, provider.Portal.Scope),
            environment.IsDevelopment() && auth.UsesSigningKey,
            new PortalUploadLimits(
                limits.MaxFileBytes,
                limits.MaxFilesPerMessage,
                [.. FileKind.All.Select(kind => new PortalAcceptedFile(kind.ContentType, kind.Extensions))])));
    }
}

/// <param name="Tenant">The tenant's slug.</param>
/// <param name="DisplayName">The company's name as customers read it.</param>
/// <param name="LogoUrl">The https address of the company's logo; null for none.</param>
/// <param name="PrimaryColor">The portal's main colour (#RRGGBB); white text on it has a contrast of at least 4.5:1.</param>
/// <param name="DefaultLocale">pt-BR, en or es: the portal's language when the browser asks for none of them.</param>
/// <param name="TimeZone">The IANA time zone the portal shows dates in.</param>
/// <param name="SignIn">Where the portal signs customers in (OpenID Connect, Authorization Code with PKCE); null when no provider of the tenant has a portal client.</param>
/// <param name="DevelopmentTokens">Whether POST /dev/tokens works here (the Development environment only).</param>
/// <param name="Uploads">What POST /api/v1/attachments accepts, for the portal to say before an upload.</param>
internal sealed record PortalSettingsResponse(
    string Tenant,
    string DisplayName,
    string? LogoUrl,
    string PrimaryColor,
    string DefaultLocale,
    string TimeZone,
    PortalSignIn? SignIn,
    bool DevelopmentTokens,
    PortalUploadLimits Uploads);

/// <param name="Authority">The OpenID provider's issuer URL (its discovery document is at /.well-known/openid-configuration).</param>
/// <param name="ClientId">The portal's client id at the provider.</param>
/// <param name="Scope">The scopes to ask for.</param>
internal sealed record PortalSignIn(string Authority, string ClientId, string Scope);

/// <param name="MaxFileBytes">The largest file accepted, in bytes.</param>
/// <param name="MaxFilesPerMessage">The most files on one ticket or reply.</param>
/// <param name="AcceptedFiles">The kinds of file accepted (checked by content on upload), with their extensions.</param>
internal sealed record PortalUploadLimits(long MaxFileBytes, int MaxFilesPerMessage, IReadOnlyList<PortalAcceptedFile> AcceptedFiles);

/// <param name="ContentType">The media type PosVendas stores the file as.</param>
/// <param name="Extensions">The file name extensions that go with it (".jpg").</param>
internal sealed record PortalAcceptedFile(string ContentType, IReadOnlyList<string> Extensions);
