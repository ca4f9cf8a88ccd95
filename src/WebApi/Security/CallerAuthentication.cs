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
    /// <summary>A token of Auth:SigningKey or Auth:Authority: the contract's claims, any tenant.</summary>
    public static Task OnTokenValidated(TokenValidatedContext context) =>
        AuthenticateAsync(context, TokenClaims.FromContract(context.Principal!), provider: null);

    /// <summary>
    /// A token of one of the tenants' providers: its claims where the provider puts them, for the tenants bound to it
    /// only. The request's principal becomes the contract's claims, which the authorization policies read.
    /// </summary>
    public static Func<TokenValidatedContext, Task> OnProviderTokenValidated(IdentityProviderOptions provider) =>
        context => AuthenticateAsync(context, TokenClaims.FromProvider(context.Principal!, provider), provider);

    private static async Task AuthenticateAsync(TokenValidatedContext context, TokenClaims claims, IdentityProviderOptions? provider)
    {
        // The language asked for: Accept-Language, else the token's; the tenant's default once the tenant is known.
        var tokenLocale = claims.Locale;
        var askedLocale = RequestLanguage.FromAcceptLanguage(context.HttpContext.Request)
            ?? (Locales.IsSupported(tokenLocale) ? tokenLocale : null);
        var identity = ReadIdentity(claims, tokenLocale);
        if (identity is null)
        {
            var missing = provider is not null && claims.Role is null ? Texts.TokenRoleUnmapped : Texts.TokenClaimsMissing;
            context.Fail(new UnacceptableTokenException(missing.In(askedLocale)));
            return;
        }

        if (provider is not null && !provider.Tenants.Contains(identity.TenantSlug, StringComparer.Ordinal))
        {
            context.Fail(new UnacceptableTokenException(Texts.TokenTenantNotServed.In(askedLocale)));
            return;
        }

        var resolver = context.HttpContext.RequestServices.GetRequiredService<ICallerResolver>();
        var caller = await resolver.ResolveAsync(identity, context.HttpContext.RequestAborted);
        if (caller is null)
        {
            context.Fail(new UnacceptableTokenException(Texts.TokenTenantUnknown.In(askedLocale)));
            return;
        }

        var departmentIds = DepartmentIds(context);
        if (provider is not null)
        {
            context.Principal = ContractPrincipal(identity, context.Principal!.Identity?.AuthenticationType);
        }

        context.HttpContext.Features.Set(new AuthenticatedCaller(
            caller.TenantId,
            identity.Subject,
            identity.Name,
            identity.Role,
            caller.CustomerId,
            askedLocale ?? caller.TenantDefaultLocale,
            departmentIds));
    }

    private static ClaimsPrincipal ContractPrincipal(CallerIdentity identity, string? authenticationType) =>
        new(new ClaimsIdentity(
            [
                new Claim(PosVendasClaims.Subject, identity.Subject),
                new Claim(PosVendasClaims.Email, identity.Email),
                new Claim(PosVendasClaims.Name, identity.Name),
                new Claim(PosVendasClaims.Tenant, identity.TenantSlug),
                new Claim(PosVendasClaims.Role, identity.Role),
            ],
            authenticationType,
            PosVendasClaims.Name,
            PosVendasClaims.Role));

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

    private static CallerIdentity? ReadIdentity(TokenClaims claims, string? locale)
    {
        var subject = Checked(claims.Subject, Customer.SubjectMaxLength);
        var email = Checked(claims.Email, Customer.EmailMaxLength);
        var name = Checked(claims.Name, Customer.NameMaxLength);
        var tenant = Checked(claims.Tenant, Tenant.SlugMaxLength);
        var role = Checked(claims.Role, 20);
        if (subject is null || email is null || name is null || tenant is null || role is null || !Roles.All.Contains(role))
        {
            return null;
        }

        return new CallerIdentity(tenant, subject, email, name, role, locale);

        static string? Checked(string? claim, int maxLength)
        {
            // A claim the text policy refuses would reach the database with the customer's row (ADR 0015).
            var value = claim?.Trim();
            return TextPolicy.IsBlank(value) || value!.Length > maxLength || TextPolicy.IndexOfRefused(value) >= 0 ? null : TextPolicy.Normalized(value);
        }
    }
}
