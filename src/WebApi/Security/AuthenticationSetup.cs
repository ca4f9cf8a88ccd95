using System.Text;
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

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, authOptions) => Configure(jwt, authOptions.Value));

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
