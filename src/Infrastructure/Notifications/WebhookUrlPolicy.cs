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
            ? "Webhook URLs must resolve to globally reachable addresses: not loopback, private, link-local, reserved, or an IPv6 form of one."
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

    /// <summary>Whether <paramref name="address"/> may lead inside a network (<see cref="SpecialPurposeAddresses"/>).</summary>
    public static bool IsInternal(IPAddress address) => SpecialPurposeAddresses.IsInternal(address);
}
