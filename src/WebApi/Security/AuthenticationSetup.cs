using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;

namespace PosVendas.WebApi.Security;

internal static class AuthenticationSetup
{
    public static IServiceCollection AddPosVendasAuthentication(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddPolicyScheme(IdentityProviders.SelectorScheme, null, selector => selector.ForwardDefaultSelector = IdentityProviders.SchemeOf);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, authOptions) => Configure(jwt, authOptions.Value));
        // The tenants' own providers are configuration, read when the options are: a scheme each, chosen by the
        // token's issuer (IdentityProviders).
        services.AddSingleton<IdentityProviders>();
        services.AddOptions<AuthenticationOptions>().Configure<IOptions<AuthOptions>>((authentication, authOptions) =>
            IdentityProviders.AddSchemes(authentication, authOptions.Value));
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, IdentityProviderBearerOptions>();
        services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, IdentityProviderKeysPostConfigure>();

        services.AddAuthorization(Policies.Add);
        services.AddHttpContextAccessor();
        // The request's caller, unless a background job's scope acts for a tenant (JobCaller).
        services.AddScoped<HttpCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<JobCaller>().Caller ?? sp.GetRequiredService<HttpCurrentUser>());
        return services;
    }

    private static void Configure(JwtBearerOptions jwt, AuthOptions auth)
    {
        jwt.MapInboundClaims = false;
        // Nothing reads the token back (GetTokenAsync): storing it in every request's authentication properties
        // only allocated.
        jwt.SaveToken = false;
        jwt.Audience = auth.Audience;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Issuer,
            ValidAudience = auth.Audience,
            NameClaimType = PosVendasClaims.Name,
            RoleClaimType = PosVendasClaims.Role,
            ClockSkew = TimeSpan.FromMinutes(1),
        };

        if (auth.UsesSigningKey)
        {
            jwt.TokenValidationParameters.IssuerSigningKey = SigningKey(auth);
            jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
        else
        {
            jwt.Authority = auth.Authority;
        }

        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = CallerAuthentication.OnTokenValidated,
            OnChallenge = CallerAuthentication.OnChallenge,
        };
    }

    public static SymmetricSecurityKey SigningKey(AuthOptions auth) => new(Encoding.UTF8.GetBytes(auth.SigningKey!));
}
