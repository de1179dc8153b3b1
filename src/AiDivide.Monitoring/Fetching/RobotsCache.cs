using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Fetching;

/// <summary>Each site's robots.txt rules, fetched once per <see cref="FetchOptions.RobotsCacheTtl"/> and shared by concurrent page fetches.</summary>
public sealed class RobotsCache(IOptions<FetchOptions> options, TimeProvider time)
{
    /// <summary>How long an unreachable robots.txt counts as "allow all" before we ask again.</summary>
    public static readonly TimeSpan UnreachableTtl = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rules for <paramref name="url"/>'s site, loading them with <paramref name="load"/> when missing or stale.</summary>
    /// <remarks>The load runs without the caller's token: its result is shared, and one caller giving up must not poison it for the rest.</remarks>
    public async Task<RobotsRules> GetAsync(Uri url, Func<Uri, Task<(RobotsRules Rules, bool Reached)>> load, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        var now = time.GetUtcNow();
        while (true)
        {
            var entry = entries.GetOrAdd(origin, _ => new Entry(new(() => Load(origin, load))));
            var (rules, expires) = await entry.Rules.Value.WaitAsync(cancellationToken);
            if (expires > now)
            {
                return rules;
            }

            // Stale: the first caller to notice replaces it; everyone then awaits the fresh one.
            entries.TryUpdate(origin, new Entry(new(() => Load(origin, load))), entry);
        }
    }

    private async Task<(RobotsRules, DateTimeOffset)> Load(string origin, Func<Uri, Task<(RobotsRules Rules, bool Reached)>> load)
    {
        var (rules, reached) = await load(new Uri(origin + "/robots.txt"));
        return (rules, time.GetUtcNow() + (reached ? options.Value.RobotsCacheTtl : UnreachableTtl));
    }

    private sealed record Entry(Lazy<Task<(RobotsRules Rules, DateTimeOffset Expires)>> Rules);
}
