using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// A real OpenID provider (oidc-provider from npm, tests/tools/oidc/provider.mjs) on a loopback port: discovery,
/// JWKS, its own login page and JWT access tokens carrying its accounts' claims in the layout a test gives, as a
/// tenant's Keycloak, Entra ID or Auth0 would. <see cref="SignInAsync"/> signs in as a browser does (Authorization
/// Code with PKCE through the login form); <see cref="RotateKeysAsync"/> restarts it with a new signing key only.
/// </summary>
public sealed partial class TestOidcProvider : IAsyncDisposable
{
    public const string Audience = TestTokens.Audience;
    public const string PortalClientId = "posvendas-portal";
    private const string RedirectUri = "http://127.0.0.1:9/portal/callback";

    private readonly string _directory = Directory.CreateTempSubdirectory("posvendas-oidc-").FullName;
    private readonly int _port = ApiProcess.FreePort();
    private readonly StringBuilder _output = new();
    private Process? _process;

    private TestOidcProvider()
    {
    }

    public string Issuer => $"http://127.0.0.1:{_port}";

    private string KeysFile => Path.Combine(_directory, "keys.json");

    /// <param name="accounts">Each login and the claims of its account (sub is the login).</param>
    /// <param name="accessTokenClaims">The account claims the provider copies into access tokens.</param>
    /// <param name="redirectUris">The portal's callback addresses, beside the one <see cref="SignInAsync"/> uses.</param>
    public static async Task<TestOidcProvider> StartAsync(
        IReadOnlyDictionary<string, object> accounts,
        IReadOnlyList<string> accessTokenClaims,
        IReadOnlyList<string>? redirectUris = null)
    {
        var provider = new TestOidcProvider();
        var config = new
        {
            port = provider._port,
            keysFile = provider.KeysFile,
            audience = Audience,
            clients = new[]
            {
                new
                {
                    client_id = PortalClientId,
                    redirect_uris = new[] { RedirectUri }.Concat(redirectUris ?? []).ToArray(),
                    post_logout_redirect_uris = (redirectUris ?? []).Select(uri => uri.Replace("/callback", "/", StringComparison.Ordinal)).ToArray(),
                },
            },
            accounts,
            accessTokenClaims,
        };
        await File.WriteAllTextAsync(Path.Combine(provider._directory, "config.json"), JsonSerializer.Serialize(config));
        await provider.StartProcessAsync();
        return provider;
    }

    /// <summary>Signs in as <paramref name="login"/> through the provider's login page and returns the access token.</summary>
    public async Task<string> SignInAsync(string login)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        var verifier = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = $"{Issuer}/auth?client_id={PortalClientId}&response_type=code&scope=openid%20email%20profile"
            + $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&code_challenge={challenge}&code_challenge_method=S256&state=test";

        var interaction = await RedirectOf(await http.GetAsync(authorize));
        var loginPage = await http.GetStringAsync(interaction);
        var action = FormAction().Match(loginPage).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["prompt"] = "login", ["login"] = login, ["password"] = "any" });
        var resume = await RedirectOf(await http.PostAsync(WebUtility.HtmlDecode(action), form));
        var callback = await RedirectOf(await http.GetAsync(resume));
        var code = Regex.Match(callback.Query, "[?&]code=([^&]+)").Groups[1].Value;
        code.Should().NotBeEmpty($"the provider redirects back with a code ({callback})");

        using var exchange = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = Uri.UnescapeDataString(code),
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = PortalClientId,
            ["code_verifier"] = verifier,
        });
        using var tokens = await http.PostAsync($"{Issuer}/token", exchange);
        var body = await tokens.Content.ReadAsStringAsync();
        tokens.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();

        async Task<Uri> RedirectOf(HttpResponseMessage response)
        {
            using (response)
            {
                response.Headers.Location.Should().NotBeNull($"the provider redirects ({(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}; log: {_output})");
                return new Uri(new Uri(Issuer), response.Headers.Location!);
            }
        }
    }

    /// <summary>Restarts the provider with a new signing key and without the old one, as after a key rotation.</summary>
    public async Task RotateKeysAsync()
    {
        await StopProcessAsync();
        File.Delete(KeysFile);
        await StartProcessAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopProcessAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task StartProcessAsync()
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ExternalTool.Tools };
        start.ArgumentList.Add(Path.Combine("oidc", "provider.mjs"));
        start.ArgumentList.Add(Path.Combine(_directory, "config.json"));
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) =>
        {
            lock (_output)
            {
                _output.AppendLine(line.Data);
            }

            if (line.Data?.StartsWith("ready ", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        _process.ErrorDataReceived += (_, line) =>
        {
            lock (_output)
            {
                _output.AppendLine(line.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var started = await Task.WhenAny(ready.Task, _process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(30)));
        ready.Task.IsCompleted.Should().BeTrue($"the OpenID provider starts (tests/tools/oidc/provider.mjs): {_output}");
        await started;
    }

    private async Task StopProcessAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"")]
    private static partial Regex FormAction();
}
