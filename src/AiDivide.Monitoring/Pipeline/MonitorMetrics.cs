using System.Diagnostics.Metrics;
using AiDivide.Monitoring.Fetching;
using AiDivide.Monitoring.Sources;

namespace AiDivide.Monitoring.Pipeline;

/// <summary>The monitor's metrics, on one <see cref="Meter"/> that any exporter (Prometheus via OpenTelemetry) can read.</summary>
public sealed partial class MonitorMetrics
{
    public const string MeterName = "AiDivide.Monitor";

    private readonly Counter<long> feedsPolled;
    private readonly Counter<long> articles;
    private readonly Counter<long> entryFailures;
    private readonly Counter<long> mentions;
    private readonly Counter<long> alertsQueued;
    private readonly Counter<long> alertsSent;
    private readonly Counter<long> alertsFailed;
    private readonly Histogram<double> cycleDuration;
    private long failingFeeds;
    private double oldestPendingAlertSeconds;
    private IReadOnlyDictionary<FeedHealthState, int> feedHealth = new Dictionary<FeedHealthState, int>();

    public MonitorMetrics(IMeterFactory meterFactory, FetchCounters? fetchCounters = null)
    {
        var meter = meterFactory.Create(MeterName);
        if (fetchCounters is not null)
        {
            ObserveFetching(meter, fetchCounters);
        }

        feedsPolled = meter.CreateCounter<long>("aidivide.feeds.polled", "{feed}", "Feed polls, by outcome (success, failure)");
        articles = meter.CreateCounter<long>("aidivide.articles", "{article}", "Feed entries processed, by kind (new, duplicate)");
        entryFailures = meter.CreateCounter<long>("aidivide.entries.failed", "{entry}", "Article pages that could not be fetched this time");
        mentions = meter.CreateCounter<long>("aidivide.mentions", "{mention}", "New mentions of tracked entities");
        alertsQueued = meter.CreateCounter<long>("aidivide.alerts.queued", "{alert}", "Alerts stored in the outbox");
        alertsSent = meter.CreateCounter<long>("aidivide.alerts.sent", "{alert}", "Alerts delivered");
        alertsFailed = meter.CreateCounter<long>("aidivide.alerts.failed", "{alert}", "Failed delivery attempts, by whether they will be retried");
        cycleDuration = meter.CreateHistogram<double>(
            "aidivide.poll_cycle.duration",
            "s",
            "Duration of one poll cycle",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600] });
        meter.CreateObservableGauge("aidivide.feeds.failing", () => Volatile.Read(ref failingFeeds), "{feed}", "Feeds whose last poll failed");
        meter.CreateObservableGauge("aidivide.feeds.health", ObserveFeedHealth, "{feed}", "Active feeds by health state (new, healthy, failing, silent)");
        meter.CreateObservableGauge("aidivide.alerts.oldest_pending_age", () => Volatile.Read(ref oldestPendingAlertSeconds), "s", "Age of the oldest alert waiting in the outbox");
    }

    public void RecordCycle(PollReport report, TimeSpan duration)
    {
        feedsPolled.Add(report.FeedsPolled - report.FeedsFailed, new KeyValuePair<string, object?>("outcome", "success"));
        feedsPolled.Add(report.FeedsFailed, new KeyValuePair<string, object?>("outcome", "failure"));
        articles.Add(report.NewArticles, new KeyValuePair<string, object?>("kind", "new"));
        articles.Add(report.Duplicates, new KeyValuePair<string, object?>("kind", "duplicate"));
        entryFailures.Add(report.EntryFailures);
        mentions.Add(report.Mentions);
        alertsQueued.Add(report.AlertsQueued);
        cycleDuration.Record(duration.TotalSeconds);
    }

    public void SetFailingFeeds(long count) => Volatile.Write(ref failingFeeds, count);

    /// <summary>Replaces the per-state feed counts; every state is reported, zero included, so a state that empties shows 0 rather than its last value.</summary>
    public void SetFeedHealth(IEnumerable<FeedHealthState> states)
    {
        var counts = Enum.GetValues<FeedHealthState>().ToDictionary(state => state, _ => 0);
        foreach (var state in states)
        {
            counts[state]++;
        }

        Volatile.Write(ref feedHealth, counts);
    }

    public void RecordSent() => alertsSent.Add(1);

    public void RecordFailed(bool willRetry) => alertsFailed.Add(1, new KeyValuePair<string, object?>("retry", willRetry));

    private IEnumerable<Measurement<int>> ObserveFeedHealth() =>
        Volatile.Read(ref feedHealth).Select(pair => new Measurement<int>(pair.Value, new KeyValuePair<string, object?>("state", pair.Key.ToString().ToLowerInvariant())));

    public void SetOldestPendingAlertAge(TimeSpan age) => Volatile.Write(ref oldestPendingAlertSeconds, Math.Max(0, age.TotalSeconds));
}
