using AiDivide.Monitoring.Storage;

namespace AiDivide.Monitoring.Sources;

/// <summary>An assessment of one feed's health at a moment.</summary>
/// <param name="State">New, healthy, failing or silent.</param>
/// <param name="Since">Failing: when the run of failures began. Silent: the last new entry. Healthy: the last success. New: null.</param>
/// <param name="SilentAfter">How long without a new entry this feed may go before it counts as silent.</param>
public sealed record FeedHealth(FeedHealthState State, DateTimeOffset? Since, TimeSpan SilentAfter)
{
    /// <summary>Judges a feed from its stored state alone: a pure function, for the status view, the metrics and operator mail.</summary>
    /// <remarks>
    /// Failing outranks silent: a feed that cannot be read has no new entries either, and the error
    /// is what the operator can act on. A feed that has never shown an entry is not called silent:
    /// there is no rhythm to compare with.
    /// </remarks>
    public static FeedHealth Assess(FeedState feed, SourcesOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(options);
        var silentAfter = SilenceThreshold(feed, options);
        if (feed.LastPolledAt is null)
        {
            return new FeedHealth(FeedHealthState.New, null, silentAfter);
        }

        if (feed.ConsecutiveFailures > 0)
        {
            return new FeedHealth(FeedHealthState.Failing, feed.FailingSince ?? feed.LastErrorAt ?? feed.LastPolledAt, silentAfter);
        }

        if (feed.LastNewItemAt is { } lastNew && now - lastNew > silentAfter)
        {
            return new FeedHealth(FeedHealthState.Silent, lastNew, silentAfter);
        }

        return new FeedHealth(FeedHealthState.Healthy, feed.LastSuccessAt, silentAfter);
    }

    /// <summary><see cref="SourcesOptions.SilentAfterRhythms"/> times the feed's rhythm, but never less than <see cref="SourcesOptions.SilentFloor"/>.</summary>
    public static TimeSpan SilenceThreshold(FeedState feed, SourcesOptions options)
    {
        var rhythm = feed.UpdateInterval ?? options.PollInterval;
        var scaled = TimeSpan.FromMilliseconds(Math.Min(rhythm.TotalMilliseconds * options.SilentAfterRhythms, TimeSpan.MaxValue.TotalMilliseconds / 2));
        return scaled > options.SilentFloor ? scaled : options.SilentFloor;
    }
}
