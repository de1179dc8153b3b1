namespace AiDivide.Monitoring.Sources;

/// <summary>When a feed is polled next: from its rhythm after a success, from backoff after a failure.</summary>
/// <remarks>
/// Pure functions of their arguments, so every schedule can be tested with a fake clock. The jitter is
/// a fraction in [0, 1) the caller supplies: <see cref="StableJitter"/> gives each feed its own fixed
/// offset (feeds added together drift apart and stay apart, and a test can predict every time); a caller
/// that wants fresh randomness passes a random one.
/// </remarks>
public static class FeedSchedule
{
    /// <summary>The interval after a successful poll.</summary>
    /// <remarks>
    /// The feed's rhythm (or <see cref="SourcesOptions.PollInterval"/> until it is known), no shorter than
    /// what the publisher asked for (ttl, sy:updatePeriod, max-age), jittered, then kept within
    /// <see cref="SourcesOptions.MinPollInterval"/>..<see cref="SourcesOptions.MaxPollInterval"/>.
    /// The maximum wins over the publisher's hints: a feed that asks to be read once a week is still
    /// read within the configured maximum, since a missed story costs more than a request.
    /// </remarks>
    public static TimeSpan AfterSuccess(TimeSpan? rhythm, ScheduleHints hints, SourcesOptions options, double jitter)
    {
        var floor = Clamp(hints.LowerBound, options.MinPollInterval, options.MaxPollInterval);
        var target = Max(rhythm ?? options.PollInterval, floor);
        var jittered = target * (1 + (options.PollJitter * ((2 * jitter) - 1)));
        return Clamp(jittered, floor, options.MaxPollInterval);
    }

    /// <summary>The interval after the <paramref name="failures"/>-th failure in a row.</summary>
    /// <remarks>
    /// Exponential from <see cref="SourcesOptions.PollInterval"/>, never longer than
    /// <see cref="SourcesOptions.MaxBackoff"/> (so a feed is never given up), and never shorter than
    /// the server's Retry-After (429, 503) unless that is longer than the maximum.
    /// </remarks>
    public static TimeSpan AfterFailure(int failures, TimeSpan? retryAfter, SourcesOptions options, double jitter)
    {
        var exponential = options.PollInterval.TotalMilliseconds * Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        var capped = TimeSpan.FromMilliseconds(Math.Min(exponential, options.MaxBackoff.TotalMilliseconds));
        var jittered = capped * (1 + (0.2 * ((2 * jitter) - 1)));
        return Clamp(Max(jittered, retryAfter ?? TimeSpan.Zero), TimeSpan.Zero, options.MaxBackoff);
    }

    /// <summary>A fraction in [0, 1) fixed for the feed: FNV-1a of its id (string hashes are randomised per process).</summary>
    public static double StableJitter(string feedId)
    {
        var hash = 2166136261u;
        foreach (var c in feedId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (hash % 1000) / 1000.0;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;
}
