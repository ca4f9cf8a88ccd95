using System.Net;
using System.Net.Sockets;
using PosVendas.Application.Notifications;

namespace PosVendas.Infrastructure.Notifications;

/// <summary>
/// Keeps webhooks from becoming a way into the deployment's own network (SSRF): URLs must be https and resolve only to
/// public addresses. The same address check runs again when connecting, so a DNS answer that changes after
/// registration gains nothing.
/// </summary>
internal sealed class WebhookUrlPolicy(WebhookOptions options) : IWebhookUrlPolicy
{
    public async Task<string?> ProblemWithAsync(Uri url, CancellationToken cancellationToken)
    {
        if (url.Scheme != Uri.UriSchemeHttps && !(options.AllowInsecureUrls && url.Scheme == Uri.UriSchemeHttp))
        {
            return "Webhook URLs must use https.";
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return "Webhook URLs must not carry credentials; sign with the secret instead.";
        }

        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(url.IdnHost, out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(url.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return $"The host '{url.Host}' could not be resolved.";
        }

        return addresses.Length == 0 || (!options.AllowPrivateNetworks && addresses.Any(IsInternal))
            ? "Webhook URLs must resolve to public addresses, not loopback, private or link-local ones."
            : null;
    }

    /// <summary>
    /// An HTTP handler whose connections go only to addresses the policy accepts, checked at connect time (so a DNS
    /// answer changed after registration cannot reach an internal address).
    /// </summary>
    public static SocketsHttpHandler Handler(WebhookOptions options) => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AllowAutoRedirect = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = addresses.Where(address => options.AllowPrivateNetworks || !IsInternal(address)).ToList();
            if (allowed.Count == 0)
            {
                throw new HttpRequestException($"Refused to connect to {context.DnsEndPoint.Host}: it resolves to internal addresses.");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed[0], context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>Loopback, private, link-local, shared (CGNAT), unspecified and multicast addresses.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10
            || b[0] == 0
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
            || b[0] >= 224;
    }
}
