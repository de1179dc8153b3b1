using AiDivide.Monitoring.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Matching;

/// <summary>Holds the watchlist loaded from <see cref="MatchingOptions.WatchlistFile"/>.</summary>
public sealed class WatchlistProvider(IOptions<MatchingOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<Watchlist> watchlist = new(() => WatchlistLoader.Load(ResolvePath(options.Value, environment)));

    public Watchlist Current => watchlist.Value;

    public static string ResolvePath(MatchingOptions options, IHostEnvironment environment) =>
        ConfigFilePath.Resolve(options.WatchlistFile, environment.ContentRootPath);
}
