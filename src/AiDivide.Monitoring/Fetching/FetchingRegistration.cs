using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Fetching;

/// <summary>Registers the one HTTP door: options, the guarded handler, the host gate, robots cache and counters.</summary>
/// <remarks>Public so tests and benchmarks can stand up the real fetcher without the rest of the pipeline.</remarks>
public static class FetchingRegistration
{
    public static IServiceCollection AddFetching(this IServiceCollection services)
    {
        services.AddOptions<FetchOptions>().BindConfiguration(FetchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>();
        services.AddHttpClient(WebFetcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var fetch = provider.GetRequiredService<IOptions<FetchOptions>>().Value;
                var allowList = NetworkAllowList.From(fetch);
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    // Decompressed by ResponseBody, so the size after decompression is capped too (gzip bombs).
                    AutomaticDecompression = DecompressionMethods.None,
                    ConnectTimeout = fetch.ConnectTimeout,
                    // A proxy would connect on our behalf and bypass the address check, so none is used.
                    UseProxy = false,
                    UseCookies = false,
                    ConnectCallback = (context, token) => GuardedConnector.ConnectAsync(context, allowList, token),
                };
            })
            .ConfigureHttpClient((provider, client) =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", provider.GetRequiredService<IOptions<FetchOptions>>().Value.UserAgent);
            });
        services.AddSingleton<HostGate>();
        services.AddSingleton<RobotsCache>();
        services.AddSingleton<FetchCounters>();
        services.AddSingleton<WebFetcher>();
        return services;
    }
}
