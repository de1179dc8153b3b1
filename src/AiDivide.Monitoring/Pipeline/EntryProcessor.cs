using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Dedup;
using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Feeds;
using AiDivide.Monitoring.Fetching;
using AiDivide.Monitoring.Matching;
using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Pipeline;

/// <summary>Takes one feed entry through dedupe, page fetch, extraction, storage, matching and alert planning.</summary>
/// <remarks>
/// Every write is keyed and insert-if-absent, and an entry is marked done only after its article's
/// mentions and alerts are stored; an article stored but not yet matched (a crash in between) is
/// matched when any entry next leads to it. Re-running after a crash therefore loses nothing and
/// alerts nothing twice.
/// </remarks>
public sealed class EntryProcessor(
    IMonitorStore store,
    WebFetcher fetcher,
    ArticleExtractor extractor,
    StoryClusterer stories,
    WatchlistProvider watchlist,
    FeedRelevanceFilter relevance,
    AlertPlanner planner,
    AlertEnqueuer enqueuer,
    IOptions<SourcesOptions> options,
    TimeProvider time,
    ILogger<EntryProcessor> logger)
{
    /// <param name="eligibility">The feed's rules for which articles may alert (first-poll backlog, maximum age).</param>
    public async Task<EntryOutcome> ProcessAsync(FeedState feed, FeedEntry entry, AlertEligibility eligibility, CancellationToken cancellationToken)
    {
        var rules = new Rules(feed, eligibility, entry.Published);
        var entryKey = EntryKey.For(feed.Id, entry.Id);
        var state = await store.GetEntryAsync(entryKey, cancellationToken);
        if (state is not null && (state.IsDone || state.Attempts >= options.Value.MaxEntryAttempts))
        {
            return EntryOutcome.AlreadySeen;
        }

        if (entry.Link is null)
        {
            await store.MarkEntryDoneAsync(entryKey, feed.Id, null, time.GetUtcNow(), cancellationToken);
            return EntryOutcome.AlreadySeen;
        }

        // A news-search item is the publisher's article behind a redirect: identify and fetch the article itself.
        var link = NewsSearchLink.Resolve(entry.Link);
        var linkKey = UrlCanonicalizer.Key(link);
        var titleKey = TitleKey.For(new Uri(linkKey), entry.Title, entry.Published ?? time.GetUtcNow());
        var known = await store.FindArticleKeyAsync(linkKey, cancellationToken);
        if (known is null && titleKey is not null)
        {
            known = await store.FindArticleKeyAsync(titleKey, cancellationToken);
        }

        if (known is not null)
        {
            await store.AddUrlAliasAsync(linkKey, known, cancellationToken);
            return await FinishKnownAsync(rules, entryKey, known, cancellationToken);
        }

        var page = await fetcher.FetchPageAsync(link, cancellationToken);
        if (!page.IsSuccess)
        {
            return await FailAsync(feed, entry, entryKey, page.Error!, cancellationToken);
        }

        var article = extractor.Extract(PageDecoder.Decode(page.Body, page.Charset), page.FinalUrl);
        var articleKey = UrlCanonicalizer.Key(article.CanonicalUrl);
        if (articleKey != linkKey && await store.FindArticleKeyAsync(articleKey, cancellationToken) is { } canonicalKnown)
        {
            await store.AddUrlAliasAsync(linkKey, canonicalKnown, cancellationToken);
            return await FinishKnownAsync(rules, entryKey, canonicalKnown, cancellationToken);
        }

        var stored = new StoredArticle(articleKey, article, feed.Id, time.GetUtcNow(), null);
        var added = await store.TryAddArticleAsync(stored, cancellationToken);
        await AddAliasesAsync(articleKey, [linkKey, UrlCanonicalizer.Key(page.FinalUrl), .. titleKey is null ? Array.Empty<string>() : [titleKey]], cancellationToken);
        if (!added)
        {
            // Another entry or worker stored it first.
            return await FinishKnownAsync(rules, entryKey, articleKey, cancellationToken);
        }

        var (mentions, alerts, withheld) = await MatchAsync(stored, rules, cancellationToken);
        await store.MarkEntryDoneAsync(entryKey, feed.Id, articleKey, time.GetUtcNow(), cancellationToken);
        return new EntryOutcome(EntryStatus.NewArticle, mentions, alerts) { Withheld = withheld };
    }

    private async Task<EntryOutcome> FinishKnownAsync(Rules rules, string entryKey, string articleKey, CancellationToken cancellationToken)
    {
        var outcome = new EntryOutcome(EntryStatus.Duplicate);
        var article = await store.GetArticleAsync(articleKey, cancellationToken);
        if (article is { MatchedAt: null })
        {
            // Stored but not yet matched: a crash in between, or another feed's entry being matched right now.
            // Matching again is safe either way, since mentions and alerts are insert-if-absent.
            var (mentions, alerts, withheld) = await MatchAsync(article, rules, cancellationToken);
            outcome = outcome with { NewMentions = mentions, AlertsQueued = alerts, Withheld = withheld };
        }

        await store.MarkEntryDoneAsync(entryKey, rules.Feed.Id, articleKey, time.GetUtcNow(), cancellationToken);
        return outcome;
    }

    private async Task<(int Mentions, int Alerts, AlertWithholding Withheld)> MatchAsync(StoredArticle stored, Rules rules, CancellationToken cancellationToken)
    {
        var article = stored.Article;
        var story = await stories.AssignAsync(stored.Key, article, stored.FetchedAt, cancellationToken);
        var text = ArticleText.From(article);
        var mentions = relevance.Admits(stored.FeedId, text) ? watchlist.Current.Matcher.Match(text) : [];
        var now = time.GetUtcNow();
        var owned = new List<Mention>(mentions.Count);
        var newMentions = 0;
        IReadOnlyList<MentionRecord>? recordedForThisArticle = null;
        foreach (var mention in mentions)
        {
            // Keyed by (entity, story): a syndicated copy of a story already seen adds no mention and no alert.
            var record = new MentionRecord(mention.Entity.Id, story.StoryId, stored.Key, mention.Count, mention.Snippet, now) { Positions = mention.Positions };
            if (await store.TryAddMentionAsync(record, cancellationToken))
            {
                owned.Add(mention);
                newMentions++;
                PipelineLog.NewMention(logger, mention.Entity.Name, article.CanonicalUrl);
                continue;
            }

            // Already recorded: by this very article before a crash (its alerts may still be owed), or by an
            // earlier copy of the story, which planned its alerts or withheld them; a copy must not undo that.
            recordedForThisArticle ??= await store.ListMentionsAsync(stored.Key, cancellationToken);
            if (recordedForThisArticle.Any(r => r.EntityId == mention.Entity.Id && r.StoryId == story.StoryId))
            {
                owned.Add(mention);
            }
        }

        var withheld = rules.Eligibility.Judge(rules.Feed, article.Published ?? rules.EntryPublished, stored.FetchedAt, now);
        var queued = withheld == AlertWithholding.None
            ? await enqueuer.EnqueueAsync(planner.Plan(stored.Key, story.StoryId, article, mentions, owned), cancellationToken)
            : 0;

        await store.MarkArticleMatchedAsync(stored.Key, now, cancellationToken);
        return (newMentions, queued, owned.Count > 0 ? withheld : AlertWithholding.None);
    }

    private async Task<EntryOutcome> FailAsync(FeedState feed, FeedEntry entry, string entryKey, string error, CancellationToken cancellationToken)
    {
        var attempts = await store.RecordEntryFailureAsync(entryKey, feed.Id, error, time.GetUtcNow(), cancellationToken);
        PipelineLog.EntryFailed(logger, feed.Id, entry.Link, attempts, options.Value.MaxEntryAttempts, error);
        return EntryOutcome.Failed;
    }

    private async Task AddAliasesAsync(string articleKey, string[] urls, CancellationToken cancellationToken)
    {
        foreach (var url in urls.Distinct(StringComparer.Ordinal).Where(u => u != articleKey))
        {
            await store.AddUrlAliasAsync(url, articleKey, cancellationToken);
        }
    }

    /// <summary>What decides whether an entry's article may alert: the feed as claimed, its rules, the entry's date.</summary>
    private sealed record Rules(FeedState Feed, AlertEligibility Eligibility, DateTimeOffset? EntryPublished);
}
