using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Tenancy;
using PosVendas.Application.Tenancy.GetTenantSettings;
using PosVendas.Application.Tenancy.UpdateTenantSettings;
using PosVendas.WebApi.Http;

using PosVendas.WebApi.OpenApi;

namespace PosVendas.WebApi.Endpoints;

/// <summary>Tenancy, for the tenant's admins: the company's own settings.</summary>
internal static class AdminSettingsEndpoints
{
    public static IEndpointRouteBuilder MapAdminSettingsEndpoints(this IEndpointRouteBuilder app)
    {
        var settings = app.MapAdminGroup().MapGroup("/settings").WithTags("AdminSettings");

        settings.MapGet("/", GetSettings)
            .WithName("GetTenantSettings")
            .ProducesHeaders(StatusCodes.Status200OK, ResponseHeaders.ETag)
            .WithSummary("Read the tenant's settings, with warnings about what does not work with them; the ETag header is their version.");

        settings.MapPatch("/", UpdateSettings)
            .WithName("UpdateTenantSettings")
            .ProducesHeaders(StatusCodes.Status200OK, ResponseHeaders.ETag)
            .WithSummary("Change some of the tenant's settings; send the ETag you read as If-Match.")
            .WithDescription("Omitted or null members stay as they are; \"\" clears emailFromAddress, emailReplyTo, supportEmail or portalTicketUrl.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        return app;
    }

    private static async Task<Ok<TenantSettingsResponse>> GetSettings(HttpContext httpContext, IMediator mediator, CancellationToken cancellationToken)
    {
        var settings = await mediator.Send(new GetTenantSettingsQuery(), cancellationToken);
        httpContext.Response.Headers.ETag = settings.ETag;
        return TypedResults.Ok(settings);
    }

    private static async Task<Ok<TenantSettingsResponse>> UpdateSettings(
        TenantSettingsRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpContext httpContext,
        IMediator mediator,
        CancellationToken cancellationToken)
    {
        var expected = IfMatch.ExpectedVersion(ifMatch, httpContext, VersionedResource.TenantSettings);
        await mediator.Send(
            new UpdateTenantSettingsCommand(
                expected,
                request.DisplayName,
                request.DefaultLocale,
                request.TimeZone,
                request.EmailFromAddress,
                request.EmailReplyTo,
                request.SupportEmail,
                request.PortalTicketUrl,
                request.AutoCloseSolvedAfterDays,
                request.ShareTicketsWithUnit,
                request.AssessmentContestDays,
                request.LogoUrl,
                request.PrimaryColor),
            cancellationToken);
        return await GetSettings(httpContext, mediator, cancellationToken);
    }
}

/// <param name="DisplayName">The company's name as customers read it.</param>
/// <param name="DefaultLocale">pt-BR, en or es.</param>
/// <param name="TimeZone">An IANA time zone, such as America/Sao_Paulo.</param>
/// <param name="EmailFromAddress">The address e-mails come from ("" for the deployment's default).</param>
/// <param name="EmailReplyTo">Where answers to e-mails go ("" for the sender).</param>
/// <param name="SupportEmail">Where alerts of departments without an address go ("" clears it).</param>
/// <param name="PortalTicketUrl">The portal's address of a ticket, with {number} ("" when there is no portal).</param>
/// <param name="AutoCloseSolvedAfterDays">0 to 365; 0: solved tickets wait for the customer for ever.</param>
/// <param name="ShareTicketsWithUnit">
/// Whether a ticket about a unit is shared with the unit's other owners when its opener does not say
/// (<c>shareWithUnit</c>); off by default.
/// </param>
/// <param name="AssessmentContestDays">
/// 0 to 365 (30 by default): days after an improcedente or parcial assessment during which the customer may contest
/// it; 0: customers do not contest in PosVendas.
/// </param>
/// <param name="LogoUrl">The https address of the company's logo, shown by the portal ("" for none).</param>
/// <param name="PrimaryColor">
/// The portal's main colour as #RRGGBB, dark enough for white text (contrast of at least 4.5:1; "" for the default).
/// </param>
internal sealed record TenantSettingsRequest(
    string? DisplayName,
    string? DefaultLocale,
    string? TimeZone,
    string? EmailFromAddress,
    string? EmailReplyTo,
    string? SupportEmail,
    string? PortalTicketUrl,
    int? AutoCloseSolvedAfterDays,
    bool? ShareTicketsWithUnit,
    int? AssessmentContestDays,
    string? LogoUrl,
    string? PrimaryColor);
