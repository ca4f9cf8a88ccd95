using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Localization;
using PosVendas.Application.Tenancy.ListTenants;
using PosVendas.WebApi.Security;

namespace PosVendas.WebApi.Endpoints;

/// <summary>
/// Development only: mints tokens signed with the configured key so a newcomer can try the API from Swagger UI
/// without an identity provider. Program maps it only in the Development environment.
/// </summary>
internal static class DevTokensEndpoints
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static IEndpointRouteBuilder MapDevTokensEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dev/tokens", IssueToken)
            .WithTags("Development")
            .WithName("IssueDevToken")
            .WithSummary("Development only: issue an access token for any tenant, user and role.")
            .AllowAnonymous()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<DevTokenResponse>, ValidationProblem>> IssueToken(
        DevTokenRequest request,
        IOptions<AuthOptions> authOptions,
        IMediator mediator,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        Require(request.Tenant, "tenant");
        Require(request.Email, "email");
        Require(request.Name, "name");
        var role = string.IsNullOrWhiteSpace(request.Role) ? Roles.Customer : request.Role;
        if (!Roles.All.Contains(role))
        {
            errors["role"] = [Texts.MustBeOneOf.Get("role", string.Join(", ", Roles.All))];
        }

        var auth = authOptions.Value;
        if (!auth.UsesSigningKey)
        {
            errors["$"] = ["Development tokens need Auth:SigningKey; this host validates tokens from Auth:Authority."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // A token for a tenant that does not exist would be refused by every call it is sent with.
        var tenants = await mediator.Send(new ListTenantsQuery(), cancellationToken);
        if (!tenants.Any(tenant => tenant.Slug == request.Tenant))
        {
            throw new NotFoundException(Resource.Tenant, request.Tenant!);
        }

        var now = clock.GetUtcNow();
        var claims = new Dictionary<string, object>
        {
            [PosVendasClaims.Subject] = string.IsNullOrWhiteSpace(request.Subject) ? $"dev|{request.Email}" : request.Subject,
            [PosVendasClaims.Email] = request.Email!,
            [PosVendasClaims.Name] = request.Name!,
            [PosVendasClaims.Tenant] = request.Tenant!,
            [PosVendasClaims.Role] = role,
        };
        if (!string.IsNullOrWhiteSpace(request.Locale))
        {
            claims[PosVendasClaims.Locale] = request.Locale;
        }

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(AuthenticationSetup.SigningKey(auth), SecurityAlgorithms.HmacSha256),
        });
        return TypedResults.Ok(new DevTokenResponse(token, now + Lifetime));

        void Require(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = [$"'{field}' is required."];
            }
        }
    }
}

/// <param name="Tenant">The tenant slug, for example 'demo'.</param>
/// <param name="Email">The user's e-mail.</param>
/// <param name="Name">The user's display name.</param>
/// <param name="Role">customer (default), agent or admin.</param>
/// <param name="Subject">The user id; defaults to one derived from the e-mail.</param>
/// <param name="Locale">Optional: pt-BR, en or es.</param>
internal sealed record DevTokenRequest(string? Tenant, string? Email, string? Name, string? Role, string? Subject, string? Locale);

internal sealed record DevTokenResponse(string AccessToken, DateTimeOffset ExpiresAt);
