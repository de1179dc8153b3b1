using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Pipeline;

/// <summary>One poll cycle: bring the feed list into the store, then claim and refresh every due feed.</summary>
public sealed class PollCycle(
    IFeedStore feeds,
    FeedCatalog catalog,
    FeedRefresh refresh,
    WorkerIdentity worker,
    IOptions<SourcesOptions> options,
    TimeProvider time,
    MonitorMetrics metrics,
    ILogger<PollCycle> logger)
{
    public async Task<PollReport> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cycleStart = time.GetUtcNow();
        var stopwatch = time.GetTimestamp();
        await SyncCatalogAsync(cycleStart, cancellationToken);

        var reports = new ConcurrentBag<FeedRefreshReport>();
        // Feeds are claimed as refresh slots free up rather than batch by batch, so one slow host
        // holds up its own slot only, and a claimed feed waits at most one refresh before it starts.
        await Parallel.ForEachAsync(
            ClaimAsDueAsync(cycleStart, settings, cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = settings.FeedConcurrency, CancellationToken = cancellationToken },
            async (feed, token) => reports.Add(await refresh.RefreshAsync(feed, token)));

        var report = new PollReport([.. reports]);
        metrics.RecordCycle(report, time.GetElapsedTime(stopwatch));
        if (report.FeedsPolled > 0)
        {
            // Only a cycle that polled something can change how many feeds are failing; most ticks poll nothing.
            // (Silence grows without polls, but every feed is polled at least every MaxPollInterval.)
            var known = await feeds.ListFeedsAsync(cancellationToken);
            metrics.SetFailingFeeds(known.Count(f => f.ConsecutiveFailures > 0));
            var now = time.GetUtcNow();
            metrics.SetFeedHealth(known.Select(f => FeedHealth.Assess(f, settings, now).State));
        }
        PipelineLog.CycleCompleted(logger, report.FeedsPolled, report.FeedsFailed, report.NewArticles, report.Duplicates, report.Mentions, report.AlertsQueued);
        return report;
    }

    private async IAsyncEnumerable<FeedState> ClaimAsDueAsync(
        DateTimeOffset cycleStart, SourcesOptions settings, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = await feeds.ClaimDueFeedsAsync(worker.Id, cycleStart, time.GetUtcNow(), settings.FeedLease, settings.FeedConcurrency, cancellationToken);
            if (claimed.Count == 0)
            {
                yield break;
            }

            foreach (var feed in claimed)
            {
                yield return feed;
            }
        }
    }

    private async Task SyncCatalogAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        IReadOnlyList<FeedDefinition> configured;
        try
        {
            configured = catalog.Load();
        }
        catch (InvalidDataException ex)
        {
            // A broken edit of the feed list must not stop polling of the feeds already known.
            PipelineLog.FeedListUnreadable(logger, ex.Message);
            return;
        }

        await feeds.SyncFeedsAsync(configured, now, cancellationToken);
    }
}
