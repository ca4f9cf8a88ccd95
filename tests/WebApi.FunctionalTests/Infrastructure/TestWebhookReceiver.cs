using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

/// <summary>A partner's HTTP endpoint inside the test process: records every request and answers as planned.</summary>
public sealed class TestWebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<int> _plannedStatuses = new();
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly Task _serving;

    public TestWebhookReceiver()
    {
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/hook/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    /// <summary>While set, requests are read and recorded and never answered, as an endpoint that hangs does.</summary>
    public bool Hanging { get; set; }

    /// <summary>The next requests get these statuses, in order; afterwards 200.</summary>
    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _plannedStatuses.Enqueue(status);
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            if (Hanging)
            {
                _received.Enqueue(new ReceivedWebhook(context.Request.Headers["X-PosVendas-Event"] ?? "", "", "", "", body, 0));
                continue; // the response is left open until the listener closes
            }

            var status = _plannedStatuses.TryDequeue(out var planned) ? planned : 200;
            _received.Enqueue(new ReceivedWebhook(
                context.Request.Headers["X-PosVendas-Event"] ?? "",
                context.Request.Headers["X-PosVendas-Delivery"] ?? "",
                context.Request.Headers["X-PosVendas-Timestamp"] ?? "",
                context.Request.Headers["X-PosVendas-Signature"] ?? "",
                body,
                status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed record ReceivedWebhook(string Event, string DeliveryId, string Timestamp, string Signature, string Body, int AnsweredStatus);
