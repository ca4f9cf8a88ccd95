using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using PosVendas.WebApi.FunctionalTests.Attachments;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// The deployment of docs/deployment.md on this machine's loopback: two API instances (processes) on the fixture's
/// PostgreSQL, sharing a Redis server, the S3-compatible server scripts/test.sh starts, and an SMTP server that takes
/// 25 ms per message, behind HAProxy run from deploy/haproxy.cfg (Debian's haproxy package, which scripts/test.sh
/// installs). Tests talk to the proxy as clients do, and to an instance directly when they must pick one.
/// </summary>
public sealed partial class TestCluster : IAsyncDisposable
{
    /// <summary>The response header the proxy adds naming the instance that answered (a test-only addition).</summary>
    public const string ServedBy = "X-Served-By";

    private readonly Process _haproxy;
    private readonly StringBuilder _haproxyOutput = new();
    private readonly string _configDirectory;

    private TestCluster(
        TestRedis redis, TestSmtpServer smtp, IReadOnlyDictionary<string, string> settings, ApiProcess[] instances, Process haproxy, Uri address, string configDirectory)
    {
        Settings = settings;
        Redis = redis;
        Smtp = smtp;
        Instances = instances;
        _haproxy = haproxy;
        Address = address;
        _configDirectory = configDirectory;
    }

    /// <summary>The proxy's address: where clients send their requests.</summary>
    public Uri Address { get; }

    public TestRedis Redis { get; }

    public TestSmtpServer Smtp { get; }

    /// <summary>The configuration both instances run with, for starting another instance of the same deployment.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>The two instances, named api1 and api2 in the proxy's configuration.</summary>
    public IReadOnlyList<ApiProcess> Instances { get; }

    /// <param name="api">The fixture whose database the instances share.</param>
    /// <param name="settings">Configuration for both instances on top of the cluster's.</param>
    /// <param name="secondInstanceSettings">Configuration for the second instance only, on top of both.</param>
    public static async Task<TestCluster> StartAsync(
        PosVendasApiFactory api,
        IReadOnlyDictionary<string, string>? settings = null,
        IReadOnlyDictionary<string, string>? secondInstanceSettings = null)
    {
        var s3 = Environment.GetEnvironmentVariable(S3BlobStoreContractTests.ServerVariable);
        s3.Should().NotBeNullOrWhiteSpace("scripts/test.sh starts a local S3-compatible server");
        File.Exists("/usr/sbin/haproxy").Should().BeTrue("scripts/test.sh installs Debian's haproxy package");

        var redis = await TestRedis.StartAsync();
        var smtp = new TestSmtpServer { ResponseDelay = TimeSpan.FromMilliseconds(25) };
        smtp.Start();
        var shared = new Dictionary<string, string>
        {
            ["Deployment__Instances"] = "2",
            ["ConnectionStrings__Redis"] = redis.ConnectionString,
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
            ["Attachments__Storage__Provider"] = "S3",
            ["Attachments__Storage__S3__BucketName"] = S3BlobStoreContractTests.Bucket,
            ["Attachments__Storage__S3__ServiceUrl"] = s3!,
            ["Attachments__Storage__S3__ForcePathStyle"] = "true",
            ["Attachments__Storage__S3__AccessKey"] = "S3RVER",
            ["Attachments__Storage__S3__SecretKey"] = "S3RVER",
            ["Notifications__Email__Transport"] = "Smtp",
            ["Notifications__Email__Host"] = "127.0.0.1",
            ["Notifications__Email__Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications__Email__Security"] = "None",
            ["Notifications__Email__Timeout"] = "00:00:02",
            ["Notifications__Webhooks__Timeout"] = "00:00:02",
            ["Notifications__Webhooks__AllowInsecureUrls"] = "true",
            ["Notifications__Webhooks__AllowPrivateNetworks"] = "true",
            ["Notifications__PollInterval"] = "00:00:00.200",
            // A killed instance's claims come back after 5 s here (45 s by default).
            ["Notifications__ClaimLease"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            shared[key] = value;
        }

        var second = new Dictionary<string, string>(shared);
        foreach (var (key, value) in secondInstanceSettings ?? new Dictionary<string, string>())
        {
            second[key] = value;
        }

        var instances = new List<ApiProcess>();
        TestCluster? cluster = null;
        try
        {
            instances.Add(await ApiProcess.StartAsync(api, shared));
            instances.Add(await ApiProcess.StartAsync(api, second));
            var port = FreePort();
            var configDirectory = Directory.CreateTempSubdirectory("posvendas-haproxy-").FullName;
            var config = Path.Combine(configDirectory, "haproxy.cfg");
            await File.WriteAllTextAsync(config, ProxyConfiguration(port));
            var start = new ProcessStartInfo("/usr/sbin/haproxy") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-db", "-f", config })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["API1_ADDR"] = $"{instances[0].Address.Host}:{instances[0].Address.Port}";
            start.Environment["API2_ADDR"] = $"{instances[1].Address.Host}:{instances[1].Address.Port}";

            cluster = new TestCluster(redis, smtp, shared, [.. instances], Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"), configDirectory);
            cluster._haproxy.OutputDataReceived += (_, line) => cluster.Record(line.Data);
            cluster._haproxy.ErrorDataReceived += (_, line) => cluster.Record(line.Data);
            cluster._haproxy.BeginOutputReadLine();
            cluster._haproxy.BeginErrorReadLine();
            await cluster.WaitUntilBothInstancesAnswerAsync();
            return cluster;
        }
        catch
        {
            // Nothing of a cluster that did not start may outlive the test: its processes would slow the next ones.
            if (cluster is not null)
            {
                await cluster.DisposeAsync();
            }
            else
            {
                foreach (var instance in instances)
                {
                    await instance.DisposeAsync();
                }

                await smtp.DisposeAsync();
                await redis.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>
    /// deploy/haproxy.cfg as shipped, listening on this run's port, and one test-only line: a response header naming
    /// the instance that answered, so a test can see the requests spread. The instances' addresses are given as
    /// compose gives them, in API1_ADDR and API2_ADDR.
    /// </summary>
    private static string ProxyConfiguration(int port)
    {
        var shipped = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "deploy", "haproxy.cfg"));
        var config = BindLine().Replace(shipped, $"    bind 127.0.0.1:{port}", 1);
        config = config.Replace("    balance leastconn", $"    balance leastconn\n    http-response set-header {ServedBy} %s", StringComparison.Ordinal);
        config.Should().Contain($"127.0.0.1:{port}").And.Contain($"{ServedBy} %s", "deploy/haproxy.cfg keeps a frontend bind line and a leastconn backend");
        return config;
    }

    /// <summary>A client of the proxy carrying <paramref name="token"/>, if any, connecting from <paramref name="from"/> (127.0.0.1 unless given).</summary>
    public HttpClient Client(string? token = null, IPAddress? from = null)
    {
        var source = from ?? IPAddress.Loopback;
        var handler = new SocketsHttpHandler
        {
            // Loopback answers on all of 127.0.0.0/8: a different source address is a different client to the proxy.
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var http = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    /// <summary>What HAProxy reported so far (servers going down or up, warnings), without its request log: for a failing test's message.</summary>
    public string ProxyOutput()
    {
        lock (_haproxyOutput)
        {
            return string.Join('\n', _haproxyOutput.ToString().Split('\n').Where(line => !line.StartsWith("127.0.0.1:", StringComparison.Ordinal)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_haproxy.HasExited)
        {
            _haproxy.Kill(entireProcessTree: true);
            await _haproxy.WaitForExitAsync();
        }

        _haproxy.Dispose();
        foreach (var instance in Instances)
        {
            await instance.DisposeAsync();
        }

        await Smtp.DisposeAsync();
        await Redis.DisposeAsync();
        Directory.Delete(_configDirectory, recursive: true);
    }

    /// <summary>Until the proxy's own health checks have found both instances up, which takes a few of its checks.</summary>
    private async Task WaitUntilBothInstancesAnswerAsync()
    {
        using var http = Client();
        var answered = new HashSet<string>();
        var deadline = Stopwatch.StartNew();
        while (answered.Count < Instances.Count)
        {
            if (_haproxy.HasExited)
            {
                throw new InvalidOperationException($"HAProxy exited with {_haproxy.ExitCode}:\n{ProxyOutput()}");
            }

            deadline.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), $"HAProxy passes requests to both instances once its checks pass:\n{ProxyOutput()}");
            try
            {
                using var response = await http.GetAsync("/health/live");
                if (response.StatusCode == HttpStatusCode.OK && response.Headers.TryGetValues(ServedBy, out var servers))
                {
                    answered.Add(servers.Single());
                }
            }
            catch (HttpRequestException)
            {
                // The proxy is not listening yet.
            }

            await Task.Delay(50);
        }
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_haproxyOutput)
            {
                _haproxyOutput.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^    bind .*$", RegexOptions.Multiline)]
    private static partial Regex BindLine();

}
