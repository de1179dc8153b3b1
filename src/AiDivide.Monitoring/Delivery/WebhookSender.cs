using System.Net;
using System.Net.Http.Headers;
using AiDivide.Monitoring.Alerts;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Delivery;

/// <summary>POSTs an alert to its webhook: 2xx is sent, 5xx, 408, 429 and timeouts are retried, other 4xx are permanent.</summary>
/// <remarks>
/// Goes through the <see cref="HttpClientName"/> client, whose handler applies the same connect-time
/// address check as page fetches (no loopback or private addresses unless
/// <c>Fetching:AllowedNetworks</c>), follows no redirects and uses no proxy. The URL is looked up
/// by the webhook's name at send time and never stored or logged, since Slack and Teams URLs are secrets.
/// </remarks>
public sealed class WebhookSender(IHttpClientFactory clients, IOptionsMonitor<AlertOptions> alerts, IOptions<DeliveryOptions> delivery)
{
    public const string HttpClientName = "webhooks";

    public async Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        var webhook = alerts.CurrentValue.FindWebhook(alert.RecipientEmail)
            ?? throw new WebhookDeliveryException($"webhook '{alert.RecipientEmail}' is no longer configured", isPermanent: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new StringContent(WebhookPayload.For(alert, webhook.Format), System.Text.Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", alert.Key);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(delivery.Value.WebhookTimeout);
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new WebhookDeliveryException($"webhook '{webhook.Name}' timed out after {delivery.Value.WebhookTimeout}", isPermanent: false, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new WebhookDeliveryException($"webhook '{webhook.Name}': {ex.Message}", isPermanent: false, ex);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300)
            {
                return;
            }

            var transient = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || status < 200;
            throw new WebhookDeliveryException($"webhook '{webhook.Name}' answered HTTP {status} {response.ReasonPhrase}", isPermanent: !transient);
        }
    }
}
