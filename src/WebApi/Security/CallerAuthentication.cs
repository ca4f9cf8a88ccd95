using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Localization;
using PosVendas.Application.Tenancy;
using PosVendas.Domain.Common;
using PosVendas.Domain.Tenancy;
using PosVendas.WebApi.Localization;

namespace PosVendas.WebApi.Security;

/// <summary>
/// The step after signature and lifetime checks: the token must carry the contract's claims and name an existing
/// tenant. The caller, with the tenant id (and customer id) resolved from the token, becomes the request's
/// <see cref="AuthenticatedCaller"/>; nothing later reads them from the request.
/// </summary>
internal static class CallerAuthentication
{
    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        // The language asked for: Accept-Language, else the token's; the tenant's default once the tenant is known.
        var tokenLocale = principal.FindFirst(PosVendasClaims.Locale)?.Value;
        var askedLocale = RequestLanguage.FromAcceptLanguage(context.HttpContext.Request)
            ?? (Locales.IsSupported(tokenLocale) ? tokenLocale : null);
        var identity = ReadIdentity(principal, tokenLocale);
        if (identity is null)
        {
            context.Fail(new UnacceptableTokenException(Texts.TokenClaimsMissing.In(askedLocale)));
            return;
        }

        var resolver = context.HttpContext.RequestServices.GetRequiredService<ICallerResolver>();
        var caller = await resolver.ResolveAsync(identity, context.HttpContext.RequestAborted);
        if (caller is null)
        {
            context.Fail(new UnacceptableTokenException(Texts.TokenTenantUnknown.In(askedLocale)));
            return;
        }

        context.HttpContext.Features.Set(new AuthenticatedCaller(
            caller.TenantId,
            identity.Subject,
            identity.Name,
            identity.Role,
            caller.CustomerId,
            askedLocale ?? caller.TenantDefaultLocale,
            DepartmentIds(context)));
    }

    public static async Task OnChallenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = context.AuthenticateFailure is null
            ? "Bearer"
            : "Bearer error=\"invalid_token\"";

        var locale = RequestLanguage.Resolve(context.HttpContext);
        var detail = context.AuthenticateFailure switch
        {
            null => Texts.TokenMissing.In(locale),
            UnacceptableTokenException rejected => rejected.Message,
            _ => Texts.TokenInvalid.In(locale),
        };
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = { Status = StatusCodes.Status401Unauthorized, Title = "Unauthorized", Detail = detail },
        });
    }

    /// <summary>
    /// An agent whose token names departments, even none, is limited to them: an empty list means no tickets, never
    /// all tickets. An unreadable id limits the agent to nothing rather than to everything.
    /// </summary>
    private static IReadOnlyList<Guid>? DepartmentIds(TokenValidatedContext context)
    {
        if (context.SecurityToken is not JsonWebToken token || !token.TryGetPayloadValue<object>(PosVendasClaims.Departments, out _))
        {
            return null;
        }

        return [.. context.Principal!.FindAll(PosVendasClaims.Departments).Select(claim => Guid.TryParse(claim.Value, out var id) ? id : Guid.Empty)];
    }

    private static CallerIdentity? ReadIdentity(ClaimsPrincipal principal, string? locale)
    {
        var subject = Claim(PosVendasClaims.Subject, Customer.SubjectMaxLength);
        var email = Claim(PosVendasClaims.Email, Customer.EmailMaxLength);
        var name = Claim(PosVendasClaims.Name, Customer.NameMaxLength);
        var tenant = Claim(PosVendasClaims.Tenant, Tenant.SlugMaxLength);
        var role = Claim(PosVendasClaims.Role, 20);
        if (subject is null || email is null || name is null || tenant is null || role is null || !Roles.All.Contains(role))
        {
            return null;
        }

        return new CallerIdentity(tenant, subject, email, name, role, locale);

        string? Claim(string type, int maxLength)
        {
            // A claim the text policy refuses would reach the database with the customer's row (ADR 0015).
            var value = principal.FindFirst(type)?.Value.Trim();
            return TextPolicy.IsBlank(value) || value!.Length > maxLength || TextPolicy.IndexOfRefused(value) >= 0 ? null : TextPolicy.Normalized(value);
        }
    }
}
