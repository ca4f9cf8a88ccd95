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
        if (!UsesSigningKey && !hasAuthority)
        {
            yield return $"Auth:SigningKey or Auth:Authority is required: a shared HS256 key of at least {MinimumSigningKeyBytes} bytes, "
                + "or the https address of the OpenID provider whose discovery document gives the signing keys.";
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
    }
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
