using System.Security.Claims;
using System.Text.Json;
using PosVendas.Application.Common.Security;

namespace PosVendas.WebApi.Security;

/// <summary>
/// The values PosVendas needs, read from a validated token where its provider puts them (<see cref="ClaimMappingOptions"/>),
/// before any check of their content. The contract's own claims (docs/authentication.md) are one such mapping.
/// </summary>
internal sealed record TokenClaims(string? Subject, string? Email, string? Name, string? Tenant, string? Role, string? Locale)
{
    /// <summary>The tokens of Auth:SigningKey and Auth:Authority: the contract's claim names, any tenant, the role as is.</summary>
    public static TokenClaims FromContract(ClaimsPrincipal principal) => new(
        principal.FindFirst(PosVendasClaims.Subject)?.Value,
        principal.FindFirst(PosVendasClaims.Email)?.Value,
        principal.FindFirst(PosVendasClaims.Name)?.Value,
        principal.FindFirst(PosVendasClaims.Tenant)?.Value,
        principal.FindFirst(PosVendasClaims.Role)?.Value,
        principal.FindFirst(PosVendasClaims.Locale)?.Value);

    /// <summary>A token of <paramref name="provider"/>: its mapping, its only tenant when the token names none, its role names.</summary>
    public static TokenClaims FromProvider(ClaimsPrincipal principal, IdentityProviderOptions provider)
    {
        var claims = provider.Claims;
        var tenant = claims.Tenant is null ? provider.Tenants.Single() : Values(principal, claims.Tenant).FirstOrDefault();
        return new TokenClaims(
            Values(principal, claims.Subject).FirstOrDefault(),
            Values(principal, claims.Email).FirstOrDefault(),
            Values(principal, claims.Name).FirstOrDefault(),
            tenant,
            MapRole(Values(principal, claims.Role), provider),
            Values(principal, claims.Locale).FirstOrDefault());
    }

    /// <summary>
    /// The highest PosVendas role among the token's roles (admin, then agent, then customer), else the provider's
    /// default. Without a role table the token's values are PosVendas roles themselves.
    /// </summary>
    private static string? MapRole(IEnumerable<string> values, IdentityProviderOptions provider)
    {
        var roles = values
            .Select(value => provider.Roles.Count == 0 ? value : provider.Roles.GetValueOrDefault(value))
            .Where(role => role is not null && Roles.All.Contains(role))
            .ToHashSet(StringComparer.Ordinal);
        return Roles.ByPrivilege.FirstOrDefault(roles.Contains) ?? provider.DefaultRole;
    }

    /// <summary>
    /// The values at <paramref name="path"/>: the claims of that name, else the member a dotted path reaches inside a
    /// JSON claim (<c>realm_access.roles</c>, <c>resource_access.posvendas.roles</c>); an array gives each element.
    /// </summary>
    public static IEnumerable<string> Values(ClaimsPrincipal principal, string path)
    {
        var whole = principal.FindAll(path).Select(claim => claim.Value).ToList();
        if (whole.Count > 0 || !path.Contains('.', StringComparison.Ordinal))
        {
            return whole;
        }

        // The claim's name may itself hold dots (https://example.com/roles): try each split, longest name first.
        for (var dot = path.LastIndexOf('.'); dot > 0; dot = path.LastIndexOf('.', dot - 1))
        {
            var claim = principal.FindFirst(path[..dot]);
            if (claim is not null)
            {
                return Inside(claim.Value, path[(dot + 1)..].Split('.'));
            }
        }

        return [];
    }

    private static List<string> Inside(string json, string[] members)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var element = document.RootElement;
            foreach (var member in members)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(member, out element))
                {
                    return [];
                }
            }

            return element.ValueKind == JsonValueKind.Array
                ? [.. element.EnumerateArray().Select(Text).OfType<string>()]
                : Text(element) is { } text ? [text] : [];
        }
        catch (JsonException)
        {
            return [];
        }

        static string? Text(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
            _ => null,
        };
    }
}
