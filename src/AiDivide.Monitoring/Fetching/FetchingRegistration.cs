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
        services.AddGuardedHttpClient(WebFetcher.HttpClientName);
        services.AddSingleton<HostGate>();
        services.AddSingleton<RobotsCache>();
        services.AddSingleton<FetchCounters>();
        services.AddSingleton<WebFetcher>();
        return services;
    }

    /// <summary>
    /// A named client behind the SSRF guard: every connection checked against the public-address rule
    /// and <see cref="FetchOptions.AllowedNetworks"/> at connect time, no proxy (it would connect on our
    /// behalf and bypass the check), no automatic redirects (each hop must be checked by the caller),
    /// no decompression (callers cap the decoded size), no cookies, our User-Agent, no client timeout
    /// (callers apply their own budgets). Every outbound request of the daemon uses one of these.
    /// </summary>
    public static IHttpClientBuilder AddGuardedHttpClient(this IServiceCollection services, string name) =>
        services.AddHttpClient(name)
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var fetch = provider.GetRequiredService<IOptions<FetchOptions>>().Value;
                var allowList = NetworkAllowList.From(fetch);
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    AutomaticDecompression = DecompressionMethods.None,
                    ConnectTimeout = fetch.ConnectTimeout,
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
}
