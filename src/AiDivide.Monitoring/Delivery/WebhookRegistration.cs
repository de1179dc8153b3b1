using AiDivide.Monitoring.Fetching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Delivery;

/// <summary>Registers the webhook channel and its HTTP client, behind the same SSRF guard as page fetches.</summary>
public static class WebhookRegistration
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddHttpClient(WebhookSender.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var fetch = provider.GetRequiredService<IOptions<FetchOptions>>().Value;
                var allowList = NetworkAllowList.From(fetch);
                return new SocketsHttpHandler
                {
                    // A redirect could lead to an address the guard would refuse as a first hop; a webhook has no need of one.
                    AllowAutoRedirect = false,
                    ConnectTimeout = fetch.ConnectTimeout,
                    UseProxy = false,
                    UseCookies = false,
                    ConnectCallback = (context, token) => GuardedConnector.ConnectAsync(context, allowList, token),
                };
            })
            .ConfigureHttpClient((provider, client) =>
            {
                // The per-request timeout is DeliveryOptions.WebhookTimeout, applied by the sender.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", provider.GetRequiredService<IOptions<FetchOptions>>().Value.UserAgent);
            });
        services.AddSingleton<WebhookSender>();
        return services;
    }
}
