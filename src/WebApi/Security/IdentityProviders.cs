using System.Collections.Frozen;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PosVendas.WebApi.Security;

/// <summary>
/// The tenants' own OpenID providers (<c>Auth:Providers</c>): a JWT bearer scheme each, with the provider's discovery
/// document and keys, and one selector scheme in front that hands a token to the provider whose issuer it names
/// (unchecked: the chosen scheme then checks signature, issuer, audience and lifetime). A token of no provider goes to
/// the deployment's own scheme (Auth:SigningKey or Auth:Authority). Without providers the selector is not used.
/// </summary>
internal sealed class IdentityProviders(IOptions<AuthOptions> options)
{
    public const string SelectorScheme = "PosVendas";
    private const string SchemePrefix = "Provider:";

    private readonly FrozenDictionary<string, string> _schemeByIssuer = options.Value.Providers
        .Where(provider => provider.Value.EffectiveIssuer is not null)
        .ToFrozenDictionary(
            provider => IdentityProviderOptions.NormalizedIssuer(provider.Value.EffectiveIssuer!),
            provider => SchemeName(provider.Key),
            StringComparer.Ordinal);

    public static string SchemeName(string provider) => SchemePrefix + provider;

    /// <summary>The provider whose scheme is <paramref name="scheme"/>; null for any other scheme.</summary>
    public static IdentityProviderOptions? ProviderOf(AuthOptions auth, string? scheme) =>
        scheme is not null && scheme.StartsWith(SchemePrefix, StringComparison.Ordinal)
            ? auth.Providers.GetValueOrDefault(scheme[SchemePrefix.Length..])
            : null;

    public static void AddSchemes(AuthenticationOptions authentication, AuthOptions auth)
    {
        if (auth.Providers.Count == 0)
        {
            return;
        }

        foreach (var name in auth.Providers.Keys)
        {
            authentication.AddScheme<JwtBearerHandler>(SchemeName(name), null);
        }

        authentication.DefaultScheme = SelectorScheme;
    }

    public static string SchemeOf(HttpContext context) => context.RequestServices.GetRequiredService<IdentityProviders>().SchemeFor(context.Request);

    private string SchemeFor(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        if (header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            var token = header[bearer.Length..].Trim();
            try
            {
                var issuer = new JsonWebToken(token).Issuer;
                if (issuer is not null && _schemeByIssuer.TryGetValue(IdentityProviderOptions.NormalizedIssuer(issuer), out var scheme))
                {
                    return scheme;
                }
            }
            catch (ArgumentException)
            {
                // Not a JWT (SecurityTokenMalformedException is one): the deployment's scheme refuses it with the usual 401.
            }
        }

        return JwtBearerDefaults.AuthenticationScheme;
    }
}

/// <summary>The bearer options of each provider's scheme: its authority, audience, key refresh and claim mapping.</summary>
internal sealed class IdentityProviderBearerOptions(IOptions<AuthOptions> options) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions jwt)
    {
        var auth = options.Value;
        var provider = IdentityProviders.ProviderOf(auth, name);
        if (provider is null)
        {
            return;
        }

        var audience = string.IsNullOrWhiteSpace(provider.Audience) ? auth.Audience : provider.Audience;
        jwt.MapInboundClaims = false;
        jwt.SaveToken = false;
        jwt.Authority = provider.Authority;
        jwt.RequireHttpsMetadata = !provider.IsLoopbackHttp;
        jwt.Audience = audience;
        // A token signed with a key the API does not know reloads the keys, at most this often: a rotation is picked up
        // by the first token signed with the new key, and a retired key stops working then.
        jwt.RefreshInterval = provider.KeyRefreshInterval;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            // The issuer the discovery document declares, unless the provider's tokens say otherwise.
            ValidIssuer = string.IsNullOrWhiteSpace(provider.Issuer) ? null : provider.Issuer,
            ValidAudience = audience,
            NameClaimType = PosVendasClaims.Name,
            RoleClaimType = PosVendasClaims.Role,
            ClockSkew = TimeSpan.FromMinutes(1),
        };
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = CallerAuthentication.OnProviderTokenValidated(provider),
            OnChallenge = CallerAuthentication.OnChallenge,
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}

/// <summary>
/// After the bearer handler made each provider's configuration manager: a key the provider no longer publishes stops
/// working as soon as the keys are reloaded. The "last known good" configurations IdentityModel keeps by default would
/// go on accepting tokens of a retired key for an hour; a failed reload keeps the current keys without them.
/// </summary>
internal sealed class IdentityProviderKeysPostConfigure(IOptions<AuthOptions> options) : IPostConfigureOptions<JwtBearerOptions>
{
    public void PostConfigure(string? name, JwtBearerOptions jwt)
    {
        if (IdentityProviders.ProviderOf(options.Value, name) is not null && jwt.ConfigurationManager is BaseConfigurationManager manager)
        {
            manager.UseLastKnownGoodConfiguration = false;
        }
    }
}

