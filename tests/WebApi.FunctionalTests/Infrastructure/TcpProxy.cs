using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// A TCP relay between the API and PostgreSQL that can cut the line or freeze it: the outage tests see a database that
/// goes away, or hangs with its connections open, and comes back, while the real server keeps serving the other tests.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, byte> _connections = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _running;
    private volatile TaskCompletionSource _forwarding = Forwarding();

    public TcpProxy(string targetHost, int targetPort)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(targetHost).First(a => a.AddressFamily == AddressFamily.InterNetwork), targetPort);
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public int Port { get; }

    public void Start()
    {
        _running = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _ = AcceptAsync(_listener, _running.Token);
    }

    /// <summary>Stops listening and drops every open connection, as a crashed or unreachable server would.</summary>
    public async Task CutAsync()
    {
        if (_running is not null)
        {
            await _running.CancelAsync();
        }

        _listener?.Stop();
        foreach (var connection in _connections.Keys)
        {
            connection.Dispose();
        }

        _connections.Clear();
    }

    /// <summary>
    /// Stops forwarding without closing anything, as a frozen server would: connections stay open and new ones are
    /// accepted, but no byte reaches the other side until <see cref="Resume"/>.
    /// </summary>
    public void Pause() => _forwarding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Delivers what was held back and forwards again.</summary>
    public void Resume() => _forwarding.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Resume();
        await CutAsync();
    }

    private static TaskCompletionSource Forwarding()
    {
        var forwarding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        forwarding.SetResult();
        return forwarding;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client, cancellationToken);
        }
    }

    private async Task RelayAsync(TcpClient client, CancellationToken cancellationToken)
    {
        var server = new TcpClient();
        _connections[client] = 0;
        _connections[server] = 0;
        try
        {
            await _forwarding.Task.WaitAsync(cancellationToken);
            await server.ConnectAsync(_target, cancellationToken);
            var up = PumpAsync(client.GetStream(), server.GetStream(), cancellationToken);
            var down = PumpAsync(server.GetStream(), client.GetStream(), cancellationToken);
            await Task.WhenAny(up, down);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            _connections.TryRemove(client, out _);
            _connections.TryRemove(server, out _);
            client.Dispose();
            server.Dispose();
        }
    }

    /// <summary>Copies one direction, holding each chunk while forwarding is paused.</summary>
    private async Task PumpAsync(NetworkStream from, NetworkStream to, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await _forwarding.Task.WaitAsync(cancellationToken);
            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }
}
