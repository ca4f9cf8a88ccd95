using System.Text;
using Microsoft.Extensions.Options;

namespace PosVendas.WebApi.Security;

/// <summary>The <c>Auth</c> configuration section.</summary>
internal sealed class AuthOptions
{
    public const string SectionName = "Auth";
    public const int MinimumSigningKeyBytes = 32;

    public string? Issuer { get; set; }

    public string? Audience { get; set; }

    /// <summary>Shared HS256 key, at least 32 bytes of UTF-8.</summary>
    public string? SigningKey { get; set; }

    /// <summary>OpenID Connect authority whose discovery document publishes the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>
    /// The tenants' own OpenID providers, by a name of the deployment's choosing: each is trusted only for the tenants
    /// bound to it, and says where its tokens carry what PosVendas needs (docs/identity-providers.md).
    /// </summary>
    public Dictionary<string, IdentityProviderOptions> Providers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool UsesSigningKey => !string.IsNullOrEmpty(SigningKey);

    /// <summary>What keeps the API from checking tokens, each naming the setting and what it needs.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Issuer))
        {
            yield return "Auth:Issuer is required: set it to the iss claim of the tokens the API accepts (Auth__Issuer).";
        }

        if (string.IsNullOrWhiteSpace(Audience))
        {
            yield return "Auth:Audience is required: set it to the aud claim of the tokens the API accepts (Auth__Audience).";
        }

        var hasAuthority = !string.IsNullOrWhiteSpace(Authority);
        if (!UsesSigningKey && !hasAuthority && Providers.Count == 0)
        {
            yield return $"Auth:SigningKey, Auth:Authority or Auth:Providers is required: a shared HS256 key of at least {MinimumSigningKeyBytes} bytes, "
                + "the https address of the OpenID provider whose discovery document gives the signing keys, or the tenants' own providers.";
        }

        if (UsesSigningKey && hasAuthority)
        {
            yield return "Auth:SigningKey and Auth:Authority are both set: keep the one that signs your tokens and remove the other.";
        }

        if (UsesSigningKey && Encoding.UTF8.GetByteCount(SigningKey!) is var bytes and < MinimumSigningKeyBytes)
        {
            yield return $"Auth:SigningKey has {bytes} bytes; it needs at least {MinimumSigningKeyBytes} (a random value, such as the output of 'openssl rand -base64 48').";
        }

        if (hasAuthority && !(Uri.TryCreate(Authority, UriKind.Absolute, out var authority) && authority.Scheme == Uri.UriSchemeHttps))
        {
            yield return $"Auth:Authority must be the absolute https address of the OpenID provider, not '{Authority}'.";
        }

        foreach (var tenant in Providers.Where(pair => pair.Value.Portal is not null)
            .SelectMany(pair => pair.Value.Tenants.Select(tenant => (Tenant: tenant, Provider: pair.Key)))
            .GroupBy(binding => binding.Tenant, StringComparer.Ordinal)
            .Where(group => group.Count() > 1))
        {
            yield return $"Auth:Providers {string.Join(" and ", tenant.Select(binding => binding.Provider))} both give tenant '{tenant.Key}' a portal client: "
                + "the portal signs in with one provider, so keep Portal on one of them.";
        }

        var issuers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(Issuer))
        {
            issuers[IdentityProviderOptions.NormalizedIssuer(Issuer)] = "Auth:Issuer";
        }

        foreach (var (name, provider) in Providers)
        {
            foreach (var problem in provider.Problems($"Auth:Providers:{name}"))
            {
                yield return problem;
            }

            if (provider.EffectiveIssuer is { } issuer)
            {
                if (issuers.TryGetValue(IdentityProviderOptions.NormalizedIssuer(issuer), out var owner))
                {
                    yield return $"Auth:Providers:{name} has the issuer '{issuer}' of {owner}: each provider needs an issuer of its own, since a token's iss chooses its provider.";
                }
                else
                {
                    issuers[IdentityProviderOptions.NormalizedIssuer(issuer)] = $"Auth:Providers:{name}";
                }
            }
        }
    }
}

/// <summary>One identity provider of <see cref="AuthOptions.Providers"/>.</summary>
internal sealed class IdentityProviderOptions
{
    /// <summary>The provider's OpenID Connect issuer URL: its discovery document gives the signing keys, refreshed as they rotate.</summary>
    public string? Authority { get; set; }

    /// <summary>The <c>iss</c> of its tokens when it differs from <see cref="Authority"/> (compared without a trailing slash).</summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> its tokens carry for PosVendas; <c>Auth:Audience</c> when not set.</summary>
    public string? Audience { get; set; }

    /// <summary>The slugs of the tenants whose users sign in with this provider; a token naming another tenant is refused.</summary>
    public string[] Tenants { get; set; } = [];

    /// <summary>Where the provider's tokens carry each value PosVendas needs.</summary>
    public ClaimMappingOptions Claims { get; set; } = new();

    /// <summary>
    /// The provider's role names and the PosVendas role each stands for (<c>posvendas-admin</c> → <c>admin</c>); empty:
    /// the role claim holds customer, agent or admin itself.
    /// </summary>
    public Dictionary<string, string> Roles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The role of a user whose token names none of <see cref="Roles"/> (customer for a buyers' directory); null: refused.</summary>
    public string? DefaultRole { get; set; }

    /// <summary>The least time between two reloads of the signing keys forced by a token signed with an unknown key.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The customer portal's client at this provider; null when the portal does not sign in with it.</summary>
    public PortalClientOptions? Portal { get; set; }

    public string? EffectiveIssuer => string.IsNullOrWhiteSpace(Issuer) ? Authority : Issuer;

    /// <summary>Whether the discovery document may come over http: only from this machine (a provider run for development or tests).</summary>
    public bool IsLoopbackHttp =>
        Uri.TryCreate(Authority, UriKind.Absolute, out var authority) && authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback;

    public static string NormalizedIssuer(string issuer) => issuer.Trim().TrimEnd('/');

    public IEnumerable<string> Problems(string section)
    {
        if (!(Uri.TryCreate(Authority, UriKind.Absolute, out var authority) && (authority.Scheme == Uri.UriSchemeHttps || IsLoopbackHttp)))
        {
            yield return $"{section}:Authority must be the absolute https address of the OpenID provider (http only on this machine's loopback), not '{Authority}'.";
        }

        if (Tenants.Length == 0)
        {
            yield return $"{section}:Tenants is required: the slugs of the tenants whose users sign in with this provider.";
        }

        foreach (var tenant in Tenants.Where(tenant => !Domain.Tenancy.Tenant.IsValidSlug(tenant)))
        {
            yield return $"{section}:Tenants has '{tenant}', which is not a tenant slug (2 to 63 lower-case letters, digits or hyphens).";
        }

        if (Tenants.Length > 1 && string.IsNullOrWhiteSpace(Claims.Tenant))
        {
            yield return $"{section}:Claims:Tenant is required when the provider serves several tenants: the claim that names the user's tenant.";
        }

        foreach (var (external, role) in Roles.Where(pair => !Application.Common.Security.Roles.All.Contains(pair.Value)))
        {
            yield return $"{section}:Roles maps '{external}' to '{role}'; PosVendas roles are {string.Join(", ", Application.Common.Security.Roles.All)}.";
        }

        if (DefaultRole is not null && !Application.Common.Security.Roles.All.Contains(DefaultRole))
        {
            yield return $"{section}:DefaultRole is '{DefaultRole}'; PosVendas roles are {string.Join(", ", Application.Common.Security.Roles.All)}.";
        }

        foreach (var (setting, path) in Claims.Paths().Where(pair => pair.Path is not null && string.IsNullOrWhiteSpace(pair.Path)))
        {
            yield return $"{section}:Claims:{setting} is blank: name the claim, or leave the setting out for its default.";
        }

        if (KeyRefreshInterval <= TimeSpan.Zero)
        {
            yield return $"{section}:KeyRefreshInterval must be positive.";
        }

        if (Portal is not null && string.IsNullOrWhiteSpace(Portal.ClientId))
        {
            yield return $"{section}:Portal:ClientId is required: the customer portal's client id at this provider.";
        }
    }
}

/// <summary>
/// Where a provider's tokens carry each value: a claim name (<c>email</c>, <c>https://posvendas.example/tenant</c>) or a
/// path into a JSON claim (<c>realm_access.roles</c>). A name is looked up whole first, then as such a path.
/// </summary>
internal sealed class ClaimMappingOptions
{
    public string Subject { get; set; } = PosVendasClaims.Subject;

    public string Email { get; set; } = PosVendasClaims.Email;

    public string Name { get; set; } = PosVendasClaims.Name;

    /// <summary>The claim naming the tenant's slug; null: the provider's only tenant.</summary>
    public string? Tenant { get; set; }

    /// <summary>The claim holding the role, or an array of roles (mapped with <see cref="IdentityProviderOptions.Roles"/>).</summary>
    public string Role { get; set; } = PosVendasClaims.Role;

    public string Locale { get; set; } = PosVendasClaims.Locale;

    public IEnumerable<(string Setting, string? Path)> Paths() =>
        [(nameof(Subject), Subject), (nameof(Email), Email), (nameof(Name), Name), (nameof(Tenant), Tenant), (nameof(Role), Role), (nameof(Locale), Locale)];
}

/// <summary>The customer portal's sign-in at a provider (Authorization Code with PKCE).</summary>
internal sealed class PortalClientOptions
{
    public string? ClientId { get; set; }

    public string Scope { get; set; } = "openid profile email";
}

/// <summary>Fails start-up with every <see cref="AuthOptions.Problems"/>, each naming its setting.</summary>
internal sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
