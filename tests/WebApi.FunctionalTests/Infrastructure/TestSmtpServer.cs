using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.IO;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

/// <summary>A real SMTP server inside the test process, which keeps what it receives and can be stopped and started.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<(MimeMessage Message, Guid Session)> _received = new();
    private readonly ConcurrentDictionary<string, bool> _rejected = new(StringComparer.OrdinalIgnoreCase);
    private CancellationTokenSource? _running;
    private Task? _serving;

    public int Port { get; } = FreePort();

    /// <summary>Called with each message as it is accepted.</summary>
    public Action<MimeMessage>? OnReceived { get; set; }

    /// <summary>
    /// When set, each SMTP session accepts this many messages and answers the next with 421, as providers that limit
    /// the messages per connection do.
    /// </summary>
    public int? MessagesPerSession { get; set; }

    /// <summary>How long the server takes to accept each message's data, as a real mail server's queue write does.</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>While set, the server takes each message's data and then does not answer, as a hung server does.</summary>
    public bool Stalled { get; set; }

    public IReadOnlyCollection<MimeMessage> Received => [.. _received.Select(received => received.Message)];

    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. Received.Where(message => message.To.Mailboxes.Any(mailbox => string.Equals(mailbox.Address, address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>How many SMTP sessions (connections) carried these messages.</summary>
    public int SessionsOf(IEnumerable<MimeMessage> messages)
    {
        var wanted = messages.ToHashSet();
        return _received.Where(received => wanted.Contains(received.Message)).Select(received => received.Session).Distinct().Count();
    }

    /// <summary>Refuses mail for <paramref name="address"/> (a permanent failure for the sender) until allowed again.</summary>
    public void Reject(string address) => _rejected[address] = true;

    public void Allow(string address) => _rejected.TryRemove(address, out _);

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new NoDelayListeners());
        services.Add(new DelegatingMailboxFilter((_, to, _) => !_rejected.ContainsKey(to.AsAddress())));
        _running = new CancellationTokenSource();
        _serving = new SmtpServer.SmtpServer(options, services).StartAsync(_running.Token);
    }

    public async Task StopAsync()
    {
        if (_running is null)
        {
            return;
        }

        await _running.CancelAsync();
        try
        {
            await _serving!;
        }
        catch (OperationCanceledException)
        {
        }

        _running.Dispose();
        _running = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Listens with Nagle's algorithm off, as mail servers answer: the library writes a reply in pieces, and with Nagle
    /// on each later piece would wait for the client's delayed acknowledgement (about 40 ms a message on loopback).
    /// </summary>
    private sealed class NoDelayListeners : IEndpointListenerFactory
    {
        public IEndpointListener CreateListener(IEndpointDefinition endpointDefinition)
        {
            var listener = new TcpListener(endpointDefinition.Endpoint);
            listener.Start();
            return new NoDelayListener(listener);
        }
    }

    private sealed class NoDelayListener(TcpListener listener) : IEndpointListener
    {
        public async Task<ISecurableDuplexPipe> GetPipeAsync(ISessionContext context, CancellationToken cancellationToken)
        {
            var client = await listener.AcceptTcpClientAsync(cancellationToken);
            client.NoDelay = true;
            context.Properties[EndpointListener.LocalEndPointKey] = client.Client.LocalEndPoint!;
            context.Properties[EndpointListener.RemoteEndPointKey] = client.Client.RemoteEndPoint!;
            return new PlainPipe(client);
        }

        public void Dispose() => listener.Stop();
    }

    /// <summary>The connection as the library reads and writes it; the tests' server offers no TLS.</summary>
    private sealed class PlainPipe(TcpClient client) : ISecurableDuplexPipe
    {
        public PipeReader Input { get; } = PipeReader.Create(client.GetStream());

        public PipeWriter Output { get; } = PipeWriter.Create(client.GetStream());

        public bool IsSecure => false;

        public System.Security.Authentication.SslProtocols SslProtocol => System.Security.Authentication.SslProtocols.None;

        public Task UpgradeAsync(System.Security.Cryptography.X509Certificates.X509Certificate certificate, System.Security.Authentication.SslProtocols protocols, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The tests' mail server offers no TLS.");

        public void Dispose() => client.Dispose();
    }

    private sealed class Store(TestSmtpServer server) : MessageStore
    {
        private const string AcceptedKey = "posvendas.accepted";

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context,
            IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            if (server.Stalled)
            {
                while (server.Stalled)
                {
                    await Task.Delay(50, cancellationToken);
                }

                return new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "Too late"); // the client has given up on it
            }

            var accepted = context.Properties.TryGetValue(AcceptedKey, out var count) ? (int)count : 0;
            if (accepted >= server.MessagesPerSession)
            {
                return new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "Too many messages on this connection");
            }

            if (server.ResponseDelay > TimeSpan.Zero)
            {
                await Task.Delay(server.ResponseDelay, cancellationToken);
            }

            context.Properties[AcceptedKey] = accepted + 1;
            using var stream = new MemoryStream(buffer.ToArray());
            var message = MimeMessage.Load(stream);
            server._received.Enqueue((message, context.SessionId));
            server.OnReceived?.Invoke(message);
            return SmtpResponse.Ok;
        }
    }
}
