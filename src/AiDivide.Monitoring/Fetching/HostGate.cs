using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Fetching;

/// <summary>Admits requests to one host at a time-spaced, bounded rate, across the whole process.</summary>
/// <remarks>
/// At most <see cref="FetchOptions.MaxConcurrentPerHost"/> requests per host are in flight, and
/// their starts are at least <see cref="FetchOptions.MinHostSpacing"/> apart. A host that answered
/// 429 or 503 with Retry-After is held back until then: requests for it are not queued (that could
/// hold a poll cycle for hours) but refused at once, so the feed records the wait and is tried later.
/// Hosts are keyed by name, so a site's feeds and pages share one budget; the table only grows with
/// the number of distinct hosts polled, which the feed list bounds.
/// </remarks>
public sealed class HostGate(IOptions<FetchOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostLane> lanes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a turn at <paramref name="host"/>; dispose the pass when the response is read.</summary>
    /// <returns>The pass, or one that is not admitted (with the time the host asked us to wait until).</returns>
    public async ValueTask<HostPass> EnterAsync(string host, CancellationToken cancellationToken)
    {
        var lane = lanes.GetOrAdd(host, _ => new HostLane(options.Value.MaxConcurrentPerHost));
        if (lane.HeldUntil(time.GetUtcNow()) is { } until)
        {
            return HostPass.Refused(until);
        }

        await lane.Slots.WaitAsync(cancellationToken);
        try
        {
            // Spacing is kept between actual starts: a timer that fires late on a busy machine must not
            // let the next request in right behind it, so whoever wakes re-checks before going.
            TimeSpan wait;
            while ((wait = lane.TryStart(time.GetUtcNow(), lane.Spacing(options.Value.MinHostSpacing))) > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }
        catch
        {
            lane.Slots.Release();
            throw;
        }

        return HostPass.Admitted(lane);
    }

    /// <summary>Holds <paramref name="host"/> back until <paramref name="until"/> (a Retry-After answer).</summary>
    public void HoldUntil(string host, DateTimeOffset until) =>
        lanes.GetOrAdd(host, _ => new HostLane(options.Value.MaxConcurrentPerHost)).Hold(until);

    /// <summary>
    /// Spaces requests to <paramref name="host"/> at least <paramref name="crawlDelay"/> apart (its robots.txt
    /// Crawl-delay), or back to <see cref="FetchOptions.MinHostSpacing"/> alone when null. Never below that setting.
    /// </summary>
    public void SetCrawlDelay(string host, TimeSpan? crawlDelay) =>
        lanes.GetOrAdd(host, _ => new HostLane(options.Value.MaxConcurrentPerHost)).CrawlDelay = crawlDelay;

    /// <summary>The spacing now kept between requests to <paramref name="host"/>.</summary>
    public TimeSpan SpacingOf(string host) =>
        lanes.TryGetValue(host, out var lane) ? lane.Spacing(options.Value.MinHostSpacing) : options.Value.MinHostSpacing;

    internal sealed class HostLane(int concurrency)
    {
        private readonly Lock gate = new();
        private DateTimeOffset lastStart = DateTimeOffset.MinValue;
        private DateTimeOffset heldUntil = DateTimeOffset.MinValue;
        private long crawlDelayTicks = -1;

        public TimeSpan? CrawlDelay
        {
            get => Interlocked.Read(ref crawlDelayTicks) is var ticks && ticks >= 0 ? TimeSpan.FromTicks(ticks) : null;
            set => Interlocked.Exchange(ref crawlDelayTicks, value?.Ticks ?? -1);
        }

        public TimeSpan Spacing(TimeSpan configured) => CrawlDelay is { } delay && delay > configured ? delay : configured;

        public SemaphoreSlim Slots { get; } = new(concurrency, concurrency);

        /// <summary>Starts a request now if the last start was long enough ago; otherwise says how long to wait.</summary>
        public TimeSpan TryStart(DateTimeOffset now, TimeSpan spacing)
        {
            lock (gate)
            {
                var earliest = lastStart + spacing;
                if (now < earliest)
                {
                    return earliest - now;
                }

                lastStart = now;
                return TimeSpan.Zero;
            }
        }

        public void Hold(DateTimeOffset until)
        {
            lock (gate)
            {
                heldUntil = until > heldUntil ? until : heldUntil;
            }
        }

        public DateTimeOffset? HeldUntil(DateTimeOffset now)
        {
            lock (gate)
            {
                return heldUntil > now ? heldUntil : null;
            }
        }
    }
}
