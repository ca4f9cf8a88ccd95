using System.Text;

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

    public bool UsesSigningKey => !string.IsNullOrEmpty(SigningKey);

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Issuer))
        {
            yield return "Auth:Issuer is required.";
        }

        if (string.IsNullOrWhiteSpace(Audience))
        {
            yield return "Auth:Audience is required.";
        }

        if (UsesSigningKey == !string.IsNullOrWhiteSpace(Authority))
        {
            yield return "Set exactly one of Auth:SigningKey (HS256) and Auth:Authority (OIDC discovery).";
        }

        if (UsesSigningKey && Encoding.UTF8.GetByteCount(SigningKey!) < MinimumSigningKeyBytes)
        {
            yield return $"Auth:SigningKey must be at least {MinimumSigningKeyBytes} bytes.";
        }
    }
}
