using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

/// <summary>Plays the tenant's identity provider: mints tokens the API under test accepts (or should refuse).</summary>
internal static class TestTokens
{
    public const string Issuer = "posvendas-tests";
    public const string Audience = "posvendas-api";
    public const string SigningKey = "functional-tests-signing-key-0123456789abcdef";

    public static string Create(
        IReadOnlyDictionary<string, object> claims,
        string signingKey = SigningKey,
        string issuer = Issuer,
        DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = Audience,
            Claims = claims.ToDictionary(),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            NotBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            IssuedAt = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
                SecurityAlgorithms.HmacSha256),
        });

    public static Dictionary<string, object> Claims(string tenant, string subject, string email, string name, string role) => new()
    {
        ["sub"] = subject,
        ["email"] = email,
        ["name"] = name,
        ["tenant"] = tenant,
        ["role"] = role,
    };
}
