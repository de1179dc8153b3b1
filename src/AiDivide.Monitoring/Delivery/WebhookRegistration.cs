using AiDivide.Monitoring.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace AiDivide.Monitoring.Delivery;

/// <summary>Registers the webhook channel and its HTTP client, behind the same SSRF guard as page fetches.</summary>
public static class WebhookRegistration
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        // The per-request timeout is DeliveryOptions.WebhookTimeout, applied by the sender; a webhook
        // follows no redirect, since a redirect could lead where the guard would refuse a first hop.
        services.AddGuardedHttpClient(WebhookSender.HttpClientName);
        services.AddSingleton<WebhookSender>();
        return services;
    }
}
