using AiDivide.Monitoring.Feeds;
using AiDivide.Monitoring.Fetching;
using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Pipeline;

/// <summary>Refreshes one claimed feed: fetch, parse, process each entry, record the outcome on the feed.</summary>
/// <remarks>
/// A broken feed is data, not an exception: the error is stored on the feed with a backoff that
/// grows to <see cref="SourcesOptions.MaxBackoff"/> and never disables the feed. A successful poll
/// re-estimates the feed's rhythm (<see cref="UpdateRhythm"/>) and schedules the next one from it
/// (<see cref="FeedSchedule"/>).
/// </remarks>
public sealed class FeedRefresh(
    IFeedStore feeds,
    WebFetcher fetcher,
    FeedParser parser,
    EntryProcessor entries,
    FeedCatalog catalog,
    WorkerIdentity worker,
    IOptions<SourcesOptions> options,
    TimeProvider time,
    ILogger<FeedRefresh> logger)
{
    public async Task<FeedRefreshReport> RefreshAsync(FeedState feed, CancellationToken cancellationToken)
    {
        try
        {
            return await RefreshClaimedAsync(feed, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: give the feed back so another worker polls it now rather than after the lease.
            // Whatever this run already stored is keyed, so the next run simply skips it.
            await feeds.ReleaseFeedAsync(feed.Id, worker.Id, CancellationToken.None);
            throw;
        }
    }

    private async Task<FeedRefreshReport> RefreshClaimedAsync(FeedState feed, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["FeedId"] = feed.Id, ["FeedUrl"] = feed.Url.AbsoluteUri });
        // Some servers answer 304 to any validator, or serve a stale copy for one: the feed list can turn them off.
        var conditional = feed.UsesConditionalGet ? new ConditionalRequest(feed.ETag, feed.LastModified) : ConditionalRequest.None;
        var fetched = await fetcher.FetchFeedAsync(feed.Url, conditional, cancellationToken);
        if (!fetched.IsSuccess)
        {
            return await FailAsync(feed, fetched.Error!, fetched.RetryAfter, cancellationToken);
        }

        if (fetched.IsNotModified)
        {
            PipelineLog.FeedUnchanged(logger, feed.Id);
            // A 304 has no body to read ttl or sy:updatePeriod from: the feed's last full read stands in.
            await CompleteAsync(feed, conditional, new ScheduleHints(TimeToLive: feed.PublisherInterval, CacheMaxAge: fetched.CacheMaxAge), null, cancellationToken);
            return new FeedRefreshReport(feed.Id, true, 0, 0, 0, 0, 0, 0, null);
        }

        var parsed = parser.Parse(fetched.Body, fetched.FinalUrl, fetched.Charset);
        if (!parsed.IsSuccess)
        {
            return await FailAsync(feed, parsed.Error!, null, cancellationToken);
        }

        int added = 0, duplicates = 0, failures = 0, mentions = 0, alerts = 0, firstSeen = 0, backlog = 0, tooOld = 0;
        var eligibility = AlertEligibility.For(catalog.Find(feed.Id), options.Value);
        foreach (var entry in parsed.Entries)
        {
            var outcome = await entries.ProcessAsync(feed, entry, eligibility, cancellationToken);
            firstSeen += outcome.Status is EntryStatus.NewArticle or EntryStatus.Duplicate ? 1 : 0;
            backlog += outcome.Withheld == AlertWithholding.Backlog ? 1 : 0;
            tooOld += outcome.Withheld == AlertWithholding.TooOld ? 1 : 0;
            added += outcome.Status == EntryStatus.NewArticle ? 1 : 0;
            duplicates += outcome.Status == EntryStatus.Duplicate ? 1 : 0;
            failures += outcome.Status == EntryStatus.Failed ? 1 : 0;
            mentions += outcome.NewMentions;
            alerts += outcome.AlertsQueued;
        }

        // Keep the validators only when every entry went through: a 304 next time would hide the failed ones.
        var keep = failures == 0 && feed.UsesConditionalGet;
        var hints = new ScheduleHints(parsed.TimeToLive, parsed.UpdatePeriod, fetched.CacheMaxAge);
        var news = new NewEntries(firstSeen, parsed.Entries.Select(e => e.Published ?? e.Updated).OfType<DateTimeOffset>());
        await CompleteAsync(feed, keep ? new ConditionalRequest(fetched.ETag, fetched.LastModified) : ConditionalRequest.None, hints, news, cancellationToken);
        if (backlog + tooOld > 0)
        {
            PipelineLog.AlertsWithheld(logger, feed.Id, backlog, tooOld);
        }

        PipelineLog.FeedRefreshed(logger, feed.Id, parsed.Entries.Count, added, duplicates, failures, mentions, alerts);
        return new FeedRefreshReport(feed.Id, true, parsed.Entries.Count, added, duplicates, failures, mentions, alerts, null);
    }

    private Task CompleteAsync(FeedState feed, ConditionalRequest validators, ScheduleHints hints, NewEntries? news, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var seen = news?.FirstSeen ?? 0;
        var rhythm = UpdateRhythm.Next(feed.UpdateInterval, feed.LastNewItemAt, seen, news?.Dates ?? [], now);
        // Nothing new: a feed gone quiet is polled less often the longer it stays quiet (the stored rhythm stays as its entries showed).
        var pace = seen > 0 ? rhythm : UpdateRhythm.WhileQuiet(rhythm, feed.LastNewItemAt, now);
        var next = now + FeedSchedule.AfterSuccess(pace, hints, options.Value, FeedSchedule.StableJitter(feed.Id));
        var outcome = new FeedPollOutcome(now, next, null, validators.ETag, validators.LastModified)
        {
            LastNewItemAt = seen > 0 ? now : null,
            UpdateInterval = rhythm,
            // Only a full read says what the feed asks for now (zero: nothing); a 304 keeps the stored hint.
            PublisherInterval = news is null ? null : hints.Publisher ?? TimeSpan.Zero,
        };
        return feeds.CompletePollAsync(feed.Id, worker.Id, outcome, cancellationToken);
    }

    private async Task<FeedRefreshReport> FailAsync(FeedState feed, string error, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var failures = feed.ConsecutiveFailures + 1;
        var next = now + FeedSchedule.AfterFailure(failures, retryAfter, options.Value, FeedSchedule.StableJitter(feed.Id));
        var outcome = new FeedPollOutcome(now, next, error) { FailingSince = feed.ConsecutiveFailures > 0 ? feed.FailingSince ?? now : now };
        await feeds.CompletePollAsync(feed.Id, worker.Id, outcome, cancellationToken);
        PipelineLog.FeedFailed(logger, feed.Id, feed.Url, failures, next, error);
        return FeedRefreshReport.Failed(feed.Id, error);
    }

    /// <summary>Entries a poll saw for the first time, and the dates of all its entries (to seed a rhythm).</summary>
    private sealed record NewEntries(int FirstSeen, IEnumerable<DateTimeOffset> Dates);
}
