using System.Net.Sockets;
using System.Text;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Api;

/// <summary>
/// The refusals Kestrel, the web server, answers before any of the application runs: they have no problem document
/// (Kestrel offers no hook for their body), so docs/errors.md lists them. Checked on the real server, byte for byte
/// as a client sends them.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ServerRefusalTests(PosVendasApiFactory api)
{
    public static TheoryData<string, string, int> Refusals => new()
    {
        { "a malformed request line", "GET /api/v1/tickets HTTP/1.1 extra\r\nHost: x\r\n\r\n", 400 },
        { "a NUL in the path", "GET /api/v1/tickets/1%00 HTTP/1.1\r\nHost: x\r\n\r\n", 400 },
        { "a malformed header", "GET /api/v1/tickets HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n", 400 },
        { "a request line over 8 KiB", $"GET /api/v1/tickets?q={new string('a', 9000)} HTTP/1.1\r\nHost: x\r\n\r\n", 414 },
        { "headers over 32 KiB", $"GET /api/v1/tickets HTTP/1.1\r\nHost: x\r\nX-Big: {new string('a', 33_000)}\r\n\r\n", 431 },
        { "an HTTP version the server does not speak", "GET /api/v1/tickets HTTP/1.7\r\nHost: x\r\n\r\n", 505 },
        { "a transfer coding other than chunked", "POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 400 },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_request_the_server_cannot_read_is_refused_before_the_application_with_an_empty_body(
        string what, string request, int expected)
    {
        await using var server = await ApiProcess.StartAsync(api);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Address.Host, server.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        var answer = await new StreamReader(stream, Encoding.ASCII).ReadToEndAsync();

        var head = answer.Split("\r\n\r\n")[0];
        head.Should().StartWith($"HTTP/1.1 {expected} ", what);
        head.Should().Contain("Content-Length: 0", what);
        head.Should().Contain("Connection: close", what);
    }
}
