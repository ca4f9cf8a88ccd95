using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// The built API (PosVendas.WebApi.dll) as a process of its own on a loopback port, on the fixture's database and
/// blob folder, so a test can kill it (SIGKILL) in the middle of a request as a crash or an OOM kill would.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="api">The fixture whose database and blob folder the process uses.</param>
    /// <param name="settings">Configuration for this process on top of the tests' (keys as environment variables: <c>RateLimiting__Window</c>).</param>
    public static async Task<ApiProcess> StartAsync(PosVendasApiFactory api, IReadOnlyDictionary<string, string>? settings = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PosVendas.WebApi.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__Postgres"] = api.ConnectionString;
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["Auth__Issuer"] = TestTokens.Issuer;
        start.Environment["Auth__Audience"] = TestTokens.Audience;
        start.Environment["Auth__SigningKey"] = TestTokens.SigningKey;
        start.Environment["Attachments__Storage__FileSystem__Root"] = api.BlobRoot;
        start.Environment["Notifications__Email__Transport"] = "Pickup";
        start.Environment["Notifications__Email__AllowPickupInProduction"] = "true";
        start.Environment["Notifications__Email__PickupDirectory"] = Path.Combine(api.BlobRoot, "mail");
        start.Environment["Notifications__PollInterval"] = "01:00:00"; // messages stay in the outbox for the test to see
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var running = new ApiProcess(process, address);
        process.OutputDataReceived += (_, line) => running.Record(line.Data);
        process.ErrorDataReceived += (_, line) => running.Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await running.WaitUntilLiveAsync();
        }
        catch
        {
            // A process that never became live must not outlive the test and load the ones after it.
            await running.DisposeAsync();
            throw;
        }

        return running;
    }

    /// <summary>A client of this process carrying <paramref name="token"/>.</summary>
    public ApiClient Client(string token)
    {
        var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ApiClient(http);
    }

    /// <summary>SIGKILL: no shutdown, no disposal, no flushing; sockets are closed by the kernel.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilLiveAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API process exited with {_process.ExitCode}:\n{Output()}");
            }

            try
            {
                if ((await http.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still too busy starting to answer within the probe's 2 s.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The API process did not answer /health/live within a minute:\n{Output()}");
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    /// <summary>Everything the process wrote to standard output and error so far.</summary>
    public string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
