using AiDivide.Monitoring.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Tests.Fetching;

/// <summary>The real fetcher (handler, guard, gate, robots cache) with test settings, and nothing else of the pipeline.</summary>
internal sealed class FetcherRig : IDisposable
{
    private readonly ServiceProvider services;

    private FetcherRig(ServiceProvider services) => this.services = services;

    public WebFetcher Fetcher => services.GetRequiredService<WebFetcher>();

    public FetchCounters Counters => services.GetRequiredService<FetchCounters>();

    public HostGate Gate => services.GetRequiredService<HostGate>();

    public FetchOptions Options => services.GetRequiredService<IOptions<FetchOptions>>().Value;

    /// <summary>Allows only 127.0.0.2 (where <see cref="FaultServer"/> listens) unless told otherwise; short deadlines.</summary>
    public static FetcherRig Create(IDictionary<string, string?>? extra = null, TimeProvider? time = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Fetching:AllowedNetworks:0"] = "127.0.0.2/32",
            ["Fetching:MinHostSpacing"] = "00:00:00",
            ["Fetching:Timeout"] = "00:00:10",
            ["Fetching:ReadTimeout"] = "00:00:02",
            ["Fetching:TransferRateWindow"] = "00:00:01.500",
            ["Fetching:MinBytesPerSecond"] = "512",
            ["Fetching:MaxResponseBytes"] = "1048576",
            ["Fetching:MaxTransferBytes"] = "1048576",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            // A null value removes the default, e.g. the allow-list entry.
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }

        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        collection.AddLogging();
        collection.AddSingleton(time ?? TimeProvider.System);
        collection.AddFetching();
        return new FetcherRig(collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public void Dispose() => services.Dispose();
}
