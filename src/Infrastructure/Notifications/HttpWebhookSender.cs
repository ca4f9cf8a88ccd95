using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using PosVendas.Application.Notifications;

namespace PosVendas.Infrastructure.Notifications;

/// <summary>
/// Posts events as JSON. Partners verify <c>X-PosVendas-Signature: sha256=HEX</c>, the HMAC-SHA256 with their secret
/// of <c>{X-PosVendas-Timestamp}.{body}</c>, and recognise retries by <c>X-PosVendas-Delivery</c>.
/// </summary>
internal sealed class HttpWebhookSender(HttpClient http, TimeProvider clock) : IWebhookSender
{
    public async Task<WebhookResult> SendAsync(string url, string secret, Guid deliveryId, string eventType, string body, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("X-PosVendas-Event", eventType);
        request.Headers.Add("X-PosVendas-Delivery", deliveryId.ToString());
        request.Headers.Add("X-PosVendas-Timestamp", timestamp);
        request.Headers.Add("X-PosVendas-Signature", $"sha256={Sign(secret, timestamp, body)}");

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return new WebhookResult(status, response.IsSuccessStatusCode ? null : $"The endpoint answered {status}.");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new WebhookResult(null, exception.Message);
        }
    }

    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
