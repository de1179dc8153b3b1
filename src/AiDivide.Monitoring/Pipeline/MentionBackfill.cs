using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Dedup;
using AiDivide.Monitoring.Matching;
using AiDivide.Monitoring.Storage;

namespace AiDivide.Monitoring.Pipeline;

/// <summary>Re-matches every stored article against the current watchlist and records the mentions that are new.</summary>
/// <remarks>
/// Run after the watchlist changed: a new entity or alias finds its past coverage. Mentions are
/// insert-if-absent, so a second run (or one cut short and restarted) records nothing twice.
/// Alerts are planned only when asked, and only for mentions this run added, because old news
/// arriving as a burst of "new mention" emails is rarely what a watchlist edit means.
/// </remarks>
public sealed class MentionBackfill(IMonitorStore store, StoryClusterer stories, WatchlistProvider watchlist, AlertPlanner planner, AlertEnqueuer enqueuer, TimeProvider time)
{
    private const int PageSize = 200;

    public async Task<BackfillProgress> RunAsync(bool alert, IProgress<BackfillProgress>? progress, CancellationToken cancellationToken)
    {
        var matcher = watchlist.Current.Matcher;
        var state = new BackfillProgress(0, await store.CountArticlesAsync(cancellationToken), 0, 0);
        string? after = null;
        while (await store.ListArticlesAsync(after, PageSize, cancellationToken) is { Count: > 0 } page)
        {
            foreach (var article in page)
            {
                var (mentions, alerts) = await RematchAsync(matcher, article, alert, cancellationToken);
                state = state with { Articles = state.Articles + 1, NewMentions = state.NewMentions + mentions, AlertsQueued = state.AlertsQueued + alerts };
                progress?.Report(state);
            }

            after = page[^1].Key;
        }

        return state;
    }

    private async Task<(int Mentions, int Alerts)> RematchAsync(EntityMatcher matcher, StoredArticle article, bool alert, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Returns the article's stored story (or gives one to an article from before stories).
        var story = await stories.AssignAsync(article.Key, article.Article, article.FetchedAt, cancellationToken);
        var fresh = new List<Mention>();
        foreach (var mention in matcher.Match(ArticleText.From(article.Article)))
        {
            var record = new MentionRecord(mention.Entity.Id, story.StoryId, article.Key, mention.Count, mention.Snippet, now) { Positions = mention.Positions };
            if (await store.TryAddMentionAsync(record, cancellationToken))
            {
                fresh.Add(mention);
            }
        }

        var queued = 0;
        if (alert && fresh.Count > 0)
        {
            queued = await enqueuer.EnqueueAsync(planner.Plan(article.Key, story.StoryId, article.Article, fresh), cancellationToken);
        }

        return (fresh.Count, queued);
    }
}

/// <summary>How far a backfill has got: articles re-matched of the total, mentions recorded, alerts queued.</summary>
public sealed record BackfillProgress(long Articles, long Total, int NewMentions, int AlertsQueued);
