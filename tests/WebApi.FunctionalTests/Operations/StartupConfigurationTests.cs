using Microsoft.Extensions.Options;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Operations;

/// <summary>
/// A setting the API cannot work with stops it at startup with the reason, instead of failing the first request, upload
/// or e-mail that needs it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StartupConfigurationTests(PosVendasApiFactory api)
{
    [Fact]
    public void An_unusable_notifications_section_is_refused_with_every_reason()
    {
        var failures = StartWith(
            ("Notifications:PollInterval", "00:00:00"),
            ("Notifications:Email:Transport", "Pombo"),
            ("Notifications:Email:Security", "Tls"));

        failures.Should().BeEquivalentTo(
            "Notifications:PollInterval must be positive (it is 00:00:00).",
            "Notifications:Email:Transport must be Pickup or Smtp, not 'Pombo'.",
            "Notifications:Email:Security must be one of None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable, not 'Tls'.");
    }

    [Fact]
    public void An_smtp_transport_without_a_mail_server_is_refused_naming_the_setting()
    {
        StartWith(("Notifications:Email:Host", "")).Should().Equal(
            "Notifications:Email:Host is required: e-mail is sent over SMTP (Notifications:Email:Transport), and no mail server is set.");
    }

    [Fact]
    public async Task Outside_development_a_pickup_folder_is_refused_unless_allowed_and_then_readiness_says_so()
    {
        var refused = StartWith(("Notifications:Email:Transport", "Pickup"));
        using var allowed = api.WithWebHostBuilder(builder => builder
            .UseSetting("Notifications:Email:Transport", "Pickup")
            .UseSetting("Notifications:Email:AllowPickupInProduction", "true"));

        refused.Should().ContainSingle().Which.Should().StartWith("Notifications:Email:Transport is Pickup, which writes e-mails to a folder");
        var ready = await allowed.CreateClient().GetStringAsync("/health/ready");
        ready.Should().Contain("Degraded").And.Contain("not sent");
    }

    [Fact]
    public void A_rate_limit_that_is_not_positive_is_refused()
    {
        StartWith(("RateLimiting:PerTenantPermitLimit", "0")).Should().Equal(
            "RateLimiting:PerUserPermitLimit, RateLimiting:PerTenantPermitLimit and RateLimiting:Window must be positive.");
    }

    [Fact]
    public void Several_instances_storing_uploads_on_their_own_disks_are_refused()
    {
        var refused = StartWith(("Deployment:Instances", "2"));
        var shared = FailuresStartingWith(("Deployment:Instances", "2"), ("Attachments:Storage:FileSystem:Shared", "true"));
        var s3 = FailuresStartingWith(("Deployment:Instances", "3"), ("Attachments:Storage:Provider", "S3"), ("Attachments:Storage:S3:BucketName", "anexos"));

        refused.Should().ContainSingle().Which.Should().StartWith("Deployment:Instances is above 1, and uploads would stay on the disk");
        shared.Should().BeEmpty("every instance mounts the declared shared root");
        s3.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Azure", "")]
    [InlineData("S3", "")]
    public void A_blob_storage_that_cannot_be_used_is_refused(string provider, string bucket)
    {
        StartWith(("Attachments:Storage:Provider", provider), ("Attachments:Storage:S3:BucketName", bucket)).Should().Equal(
            "Attachments:Storage:Provider must be FileSystem (with Attachments:Storage:FileSystem:Root) or S3 (with Attachments:Storage:S3:BucketName).");
    }

    [Fact]
    public void An_allowed_origin_that_no_browser_sends_is_refused_and_named()
    {
        var failures = StartWith(
            ("Cors:AllowedOrigins:0", "https://portal.example.com"),
            ("Cors:AllowedOrigins:1", "https://portal.example.com/"),
            ("Cors:AllowedOrigins:2", "portal.example.com"),
            ("Cors:AllowedOrigins:3", "https://portal.example.com:443"));

        failures.Should().Equal(
            "Cors:AllowedOrigins has 'https://portal.example.com/', which no browser sends as its origin: write scheme://host[:port] with no path or trailing slash (for example https://portal.example.com), or *.",
            "Cors:AllowedOrigins has 'portal.example.com', which no browser sends as its origin: write scheme://host[:port] with no path or trailing slash (for example https://portal.example.com), or *.",
            "Cors:AllowedOrigins has 'https://portal.example.com:443', which no browser sends as its origin: write scheme://host[:port] with no path or trailing slash (for example https://portal.example.com), or *.");
    }

    [Fact]
    public void Authentication_settings_that_are_missing_are_refused_naming_each_and_what_it_needs()
    {
        StartWith(("Auth:Issuer", ""), ("Auth:Audience", " "), ("Auth:SigningKey", "")).Should().Equal(
            "Auth:Issuer is required: set it to the iss claim of the tokens the API accepts (Auth__Issuer).",
            "Auth:Audience is required: set it to the aud claim of the tokens the API accepts (Auth__Audience).",
            "Auth:SigningKey, Auth:Authority or Auth:Providers is required: a shared HS256 key of at least 32 bytes, the https address of the OpenID provider whose discovery document gives the signing keys, or the tenants' own providers.");
    }

    [Fact]
    public void A_tenants_provider_that_cannot_be_trusted_safely_is_refused_with_every_reason()
    {
        StartWith(
            ("Auth:Providers:acme:Authority", "http://sso.acme.example/realms/clientes"),
            ("Auth:Providers:acme:Tenants:0", "acme"),
            ("Auth:Providers:acme:Tenants:1", "Acme Corp"),
            ("Auth:Providers:acme:Roles:posvendas-root", "superuser"),
            ("Auth:Providers:acme:Portal:Scope", "openid"),
            ("Auth:Providers:other:Authority", "https://login.example.com"),
            ("Auth:Providers:other:Issuer", TestTokens.Issuer),
            ("Auth:Providers:other:Tenants:0", "acme"),
            ("Auth:Providers:other:Portal:ClientId", "portal")).Should().BeEquivalentTo(
            "Auth:Providers:acme:Authority must be the absolute https address of the OpenID provider (http only on this machine's loopback), not 'http://sso.acme.example/realms/clientes'.",
            "Auth:Providers:acme:Tenants has 'Acme Corp', which is not a tenant slug (2 to 63 lower-case letters, digits or hyphens).",
            "Auth:Providers:acme:Claims:Tenant is required when the provider serves several tenants: the claim that names the user's tenant.",
            "Auth:Providers:acme:Roles maps 'posvendas-root' to 'superuser'; PosVendas roles are customer, agent, admin.",
            "Auth:Providers:acme:Portal:ClientId is required: the customer portal's client id at this provider.",
            "Auth:Providers acme and other both give tenant 'acme' a portal client: the portal signs in with one provider, so keep Portal on one of them.",
            $"Auth:Providers:other has the issuer '{TestTokens.Issuer}' of Auth:Issuer: each provider needs an issuer of its own, since a token's iss chooses its provider.");
    }

    [Theory]
    [InlineData("short-key", "", "Auth:SigningKey has 9 bytes; it needs at least 32 (a random value, such as the output of 'openssl rand -base64 48').")]
    [InlineData("", "http://login.example.com", "Auth:Authority must be the absolute https address of the OpenID provider, not 'http://login.example.com'.")]
    [InlineData(TestTokens.SigningKey, "https://login.example.com", "Auth:SigningKey and Auth:Authority are both set: keep the one that signs your tokens and remove the other.")]
    public void An_unusable_signing_setting_is_refused_saying_what_is_wrong(string signingKey, string authority, string expected) =>
        StartWith(("Auth:SigningKey", signingKey), ("Auth:Authority", authority)).Should().Equal(expected);

    private IEnumerable<string> StartWith(params (string Key, string Value)[] settings)
    {
        using var misconfigured = api.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

        var start = () => misconfigured.Services;

        return start.Should().Throw<OptionsValidationException>().Which.Failures;
    }

    /// <summary>What stops the API from starting with <paramref name="settings"/>; nothing when it starts.</summary>
    private IEnumerable<string> FailuresStartingWith(params (string Key, string Value)[] settings)
    {
        using var configured = api.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

        try
        {
            _ = configured.Services;
            return [];
        }
        catch (OptionsValidationException exception)
        {
            return exception.Failures;
        }
    }
}
