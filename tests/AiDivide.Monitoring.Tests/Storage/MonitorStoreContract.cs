using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Matching;
using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;

namespace AiDivide.Monitoring.Tests.Storage;

/// <summary>What every storage adapter must do; each adapter's test class runs these against a real store.</summary>
public abstract partial class MonitorStoreContract
{
    protected static readonly DateTimeOffset T0 = new(2025, 7, 27, 8, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<IMonitorStore> CreateStoreAsync();

    [Fact]
    public async Task ClaimDueFeeds_GivesEachDueFeedToOneOwnerOnly()
    {
        var store = await CreateStoreAsync();
        await store.SyncFeedsAsync([Feed("a"), Feed("b"), Feed("c")], T0, None);

        var first = await store.ClaimDueFeedsAsync("w1", T0, T0, TimeSpan.FromMinutes(5), 2, None);
        var second = await store.ClaimDueFeedsAsync("w2", T0, T0, TimeSpan.FromMinutes(5), 10, None);

        Assert.Equal(2, first.Count);
        Assert.Single(second);
        Assert.Empty(first.Select(f => f.Id).Intersect(second.Select(f => f.Id)));
    }

    [Fact]
    public async Task ClaimDueFeeds_FromManyWorkersAtOnce_NeverHandsOneFeedToTwo()
    {
        var store = await CreateStoreAsync();
        await store.SyncFeedsAsync([.. Enumerable.Range(0, 60).Select(n => Feed($"f{n}"))], T0, None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(async worker =>
        {
            var mine = new List<string>();
            IReadOnlyList<FeedState> batch;
            do
            {
                batch = await store.ClaimDueFeedsAsync($"w{worker}", T0, T0, TimeSpan.FromMinutes(5), 3, None);
                mine.AddRange(batch.Select(f => f.Id));
            }
            while (batch.Count > 0);
            return mine;
        }));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(60, all.Count);
        Assert.Equal(60, all.Distinct().Count());
    }

    [Fact]
    public async Task ClaimDueFeeds_TakesOverAnExpiredLease()
    {
        var store = await CreateStoreAsync();
        await store.SyncFeedsAsync([Feed("a")], T0, None);
        await store.ClaimDueFeedsAsync("dead-worker", T0, T0, TimeSpan.FromMinutes(5), 10, None);

        var beforeExpiry = await store.ClaimDueFeedsAsync("w2", T0.AddMinutes(4), T0.AddMinutes(4), TimeSpan.FromMinutes(5), 10, None);
        var afterExpiry = await store.ClaimDueFeedsAsync("w2", T0.AddMinutes(6), T0.AddMinutes(6), TimeSpan.FromMinutes(5), 10, None);

        Assert.Empty(beforeExpiry);
        Assert.Single(afterExpiry);
    }

    [Fact]
    public async Task CompletePoll_SchedulesTheNextPollAndRecordsFailures()
    {
        var store = await CreateStoreAsync();
        await store.SyncFeedsAsync([Feed("a")], T0, None);
        await store.ClaimDueFeedsAsync("w1", T0, T0, TimeSpan.FromMinutes(5), 10, None);
        await store.CompletePollAsync("a", "w1", new FeedPollOutcome(T0, T0.AddMinutes(30), "HTTP 404 Not Found"), None);

        var feed = Assert.Single(await store.ListFeedsAsync(None));
        Assert.Equal(1, feed.ConsecutiveFailures);
        Assert.Equal("HTTP 404 Not Found", feed.LastError);
        Assert.Empty(await store.ClaimDueFeedsAsync("w1", T0.AddMinutes(29), T0.AddMinutes(29), TimeSpan.FromMinutes(5), 10, None));
        Assert.Single(await store.ClaimDueFeedsAsync("w1", T0.AddMinutes(30), T0.AddMinutes(30), TimeSpan.FromMinutes(5), 10, None));
    }

    [Fact]
    public async Task CompletePoll_FromAWorkerThatLostItsLease_ChangesNothing()
    {
        var store = await CreateStoreAsync();
        await store.SyncFeedsAsync([Feed("a")], T0, None);
        await store.ClaimDueFeedsAsync("w1", T0, T0, TimeSpan.FromMinutes(5), 10, None);

        await store.CompletePollAsync("a", "someone-else", new FeedPollOutcome(T0, T0.AddDays(1), "late"), None);

        Assert.Null(Assert.Single(await store.ListFeedsAsync(None)).LastError);
    }

    [Fact]
    public async Task ReleaseFeed_LetsAnotherWorkerClaimItAtOnce_ButOnlyFromItsOwner()
    {
        var store = await CreateStoreAsync();
        await store.SyncFeedsAsync([Feed("a")], T0, None);
        await store.ClaimDueFeedsAsync("w1", T0, T0, TimeSpan.FromMinutes(5), 10, None);

        await store.ReleaseFeedAsync("a", "not-the-owner", None);
        Assert.Empty(await store.ClaimDueFeedsAsync("w2", T0, T0, TimeSpan.FromMinutes(5), 10, None));
        await store.ReleaseFeedAsync("a", "w1", None);
        Assert.Single(await store.ClaimDueFeedsAsync("w2", T0, T0, TimeSpan.FromMinutes(5), 10, None));
    }

    [Fact]
    public async Task Ping_Answers() => await (await CreateStoreAsync()).PingAsync(None);

    [Fact]
    public async Task SyncFeeds_StopsPollingFeedsRemovedFromTheList()
    {
        var store = await CreateStoreAsync();
        await store.SyncFeedsAsync([Feed("a"), Feed("b")], T0, None);
        await store.SyncFeedsAsync([Feed("b")], T0, None);

        Assert.Equal("b", Assert.Single(await store.ClaimDueFeedsAsync("w1", T0, T0, TimeSpan.FromMinutes(5), 10, None)).Id);
    }

    [Fact]
    public async Task TryAddArticle_IsInsertIfAbsent_AndAliasesFindIt()
    {
        var store = await CreateStoreAsync();
        var article = Article("https://news.example.com/a");

        Assert.True(await store.TryAddArticleAsync(article, None));
        Assert.False(await store.TryAddArticleAsync(article with { FeedId = "other" }, None));
        await store.AddUrlAliasAsync("https://m.news.example.com/a", article.Key, None);
        await store.AddUrlAliasAsync("https://m.news.example.com/a", "https://elsewhere.example.com/b", None);

        Assert.Equal(article.Key, await store.FindArticleKeyAsync("https://news.example.com/a", None));
        Assert.Equal(article.Key, await store.FindArticleKeyAsync("https://m.news.example.com/a", None));
        Assert.Null(await store.FindArticleKeyAsync("https://news.example.com/unknown", None));
        var stored = await store.GetArticleAsync(article.Key, None);
        Assert.Equal("feed-1", stored!.FeedId);
        Assert.Equal(article.Article.Published, stored.Article.Published);
        Assert.Equal(1, await store.CountArticlesAsync(None));
    }

    [Fact]
    public async Task Fingerprints_AreFoundByAnySharedBandWithinTheWindow_AndKeepTheirFirstStory()
    {
        var store = await CreateStoreAsync();
        var first = new StoryFingerprint("https://a.example.com/1", "https://a.example.com/1", T0, [1, 2, 3, 4], [10, 11, 12]);
        var copy = new StoryFingerprint("https://b.example.com/1", "https://a.example.com/1", T0.AddHours(2), [1, 2, 3, 5], [12, 13, 14]);
        var other = new StoryFingerprint("https://c.example.com/9", "https://c.example.com/9", T0, [9, 9, 9, 9], [90, 91]);

        Assert.Equal(first.StoryId, await store.AddFingerprintAsync(first, None));
        Assert.Equal(first.StoryId, await store.AddFingerprintAsync(copy, None));
        await store.AddFingerprintAsync(other, None);
        Assert.Equal(first.StoryId, await store.AddFingerprintAsync(copy with { StoryId = "changed-after-a-crash" }, None));

        var found = await store.FindStoryCandidatesAsync([12, 77], T0.AddDays(-1), T0.AddDays(1), None);
        Assert.Equal([first.ArticleKey, copy.ArticleKey], found.Select(f => f.ArticleKey).Order());
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, found.Single(f => f.ArticleKey == first.ArticleKey).Signature);
        Assert.Empty(await store.FindStoryCandidatesAsync([12], T0.AddDays(2), T0.AddDays(3), None));
        Assert.Equal([first.ArticleKey, copy.ArticleKey], await store.ListStoryArticlesAsync(first.StoryId, None));
    }

    [Fact]
    public async Task Entries_CountFailuresUntilDone()
    {
        var store = await CreateStoreAsync();

        Assert.Equal(1, await store.RecordEntryFailureAsync("f:e1", "f", "timed out", T0, None));
        Assert.Equal(2, await store.RecordEntryFailureAsync("f:e1", "f", "HTTP 503", T0, None));
        Assert.Equal(new EntryState("f:e1", false, 2, "HTTP 503"), await store.GetEntryAsync("f:e1", None));
        await store.MarkEntryDoneAsync("f:e1", "f", "https://news.example.com/a", T0, None);

        Assert.True((await store.GetEntryAsync("f:e1", None))!.IsDone);
    }

    [Fact]
    public async Task TryAddMention_IsInsertIfAbsentPerEntityAndStory()
    {
        var store = await CreateStoreAsync();
        var mention = new MentionRecord("song-haitao", "https://news.example.com/a", "https://news.example.com/a", 2, "Song Haitao spoke.", T0);

        Assert.True(await store.TryAddMentionAsync(mention, None));
        Assert.False(await store.TryAddMentionAsync(mention with { Count = 5 }, None));
        Assert.False(await store.TryAddMentionAsync(mention with { ArticleKey = "https://copy.example.org/a" }, None));
        Assert.True(await store.TryAddMentionAsync(mention with { EntityId = "unido" }, None));
        Assert.Equal(2, (await store.ListMentionsAsync("https://news.example.com/a", None)).Count);
    }

    [Fact]
    public async Task Mention_KeepsItsPositions()
    {
        var store = await CreateStoreAsync();
        var positions = new[] { new MentionPosition(TextField.Title, 0, 11), new MentionPosition(TextField.Body, 312, 3) };
        await store.TryAddMentionAsync(new MentionRecord("song-haitao", "https://news.example.com/a", "https://news.example.com/a", 2, "Song Haitao spoke.", T0) { Positions = positions }, None);

        Assert.Equal(positions, Assert.Single(await store.ListMentionsAsync("https://news.example.com/a", None)).Positions);
    }

    [Fact]
    public async Task ListArticles_PagesThroughEveryArticleInKeyOrder()
    {
        var store = await CreateStoreAsync();
        foreach (var name in new[] { "c", "a", "d", "b", "e" })
        {
            await store.TryAddArticleAsync(Article($"https://news.example.com/{name}"), None);
        }

        var first = await store.ListArticlesAsync(null, 2, None);
        var second = await store.ListArticlesAsync(first[^1].Key, 2, None);
        var third = await store.ListArticlesAsync(second[^1].Key, 2, None);

        Assert.Equal(["a", "b", "c", "d", "e"], first.Concat(second).Concat(third).Select(a => a.Key[^1..]));
        Assert.Empty(await store.ListArticlesAsync(third[^1].Key, 2, None));
    }

    [Fact]
    public async Task Outbox_EnqueueIsIdempotent_AndAClaimedAlertIsNotClaimedTwice()
    {
        var store = await CreateStoreAsync();
        var alert = Alert("a@example.org");

        Assert.True(await store.TryEnqueueAsync(alert, None));
        Assert.False(await store.TryEnqueueAsync(alert, None));
        var claimed = Assert.Single(await store.ClaimDueAsync("w1", T0, TimeSpan.FromMinutes(5), 10, None));
        Assert.Equal(alert.Key, claimed.Alert.Key);
        Assert.Equal(alert.Snippet, claimed.Alert.Snippet);
        Assert.Empty(await store.ClaimDueAsync("w2", T0.AddMinutes(1), TimeSpan.FromMinutes(5), 10, None));
    }

    [Fact]
    public async Task Outbox_ClaimsFromManyWorkersAtOnce_NeverHandOneAlertToTwo()
    {
        var store = await CreateStoreAsync();
        foreach (var n in Enumerable.Range(0, 40))
        {
            await store.TryEnqueueAsync(Alert($"r{n}@example.org"), None);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 5).Select(async worker =>
        {
            var mine = new List<string>();
            IReadOnlyList<OutboxItem> batch;
            do
            {
                batch = await store.ClaimDueAsync($"w{worker}", T0, TimeSpan.FromMinutes(5), 3, None);
                mine.AddRange(batch.Select(i => i.Alert.Key));
            }
            while (batch.Count > 0);
            return mine;
        }));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(40, all.Count);
        Assert.Equal(40, all.Distinct().Count());
    }

    [Fact]
    public async Task Outbox_ReleasedAlertIsClaimableAtOnce_AndOldestPendingIsReported()
    {
        var store = await CreateStoreAsync();
        Assert.Null(await store.OldestPendingAsync(None));
        await store.TryEnqueueAsync(Alert("a@example.org"), None);
        await store.TryEnqueueAsync(Alert("b@example.org") with { CreatedAt = T0.AddMinutes(3) }, None);
        var claimed = await store.ClaimDueAsync("w1", T0.AddMinutes(5), TimeSpan.FromMinutes(5), 10, None);

        foreach (var item in claimed)
        {
            await store.ReleaseAsync(item.Alert.Key, "w1", None);
        }

        Assert.Equal(2, (await store.ClaimDueAsync("w2", T0.AddMinutes(5), TimeSpan.FromMinutes(5), 10, None)).Count);
        Assert.Equal(T0, await store.OldestPendingAsync(None));
    }

    [Fact]
    public async Task Outbox_ExpiredClaimIsRetried_AndSentAlertsAreNeverClaimedAgain()
    {
        var store = await CreateStoreAsync();
        await store.TryEnqueueAsync(Alert("a@example.org"), None);
        await store.ClaimDueAsync("dead-worker", T0, TimeSpan.FromMinutes(5), 10, None);

        var retaken = Assert.Single(await store.ClaimDueAsync("w2", T0.AddMinutes(6), TimeSpan.FromMinutes(5), 10, None));
        await store.MarkSentAsync(retaken.Alert.Key, "w2", T0.AddMinutes(6), None);

        Assert.Empty(await store.ClaimDueAsync("w3", T0.AddDays(1), TimeSpan.FromMinutes(5), 10, None));
        var sent = Assert.Single(await store.ListAsync(OutboxStatus.Sent, None));
        Assert.Equal(1, sent.Attempts);
    }

    [Fact]
    public async Task Outbox_FailedAttemptWaitsForItsRetryTime_AndPermanentFailureStops()
    {
        var store = await CreateStoreAsync();
        var retried = Alert("retry@example.org");
        var rejected = Alert("rejected@example.org");
        await store.TryEnqueueAsync(retried, None);
        await store.TryEnqueueAsync(rejected, None);
        await store.ClaimDueAsync("w1", T0, TimeSpan.FromMinutes(5), 10, None);

        await store.MarkFailedAsync(retried.Key, "w1", "connection refused", T0.AddMinutes(2), None);
        await store.MarkFailedAsync(rejected.Key, "w1", "SMTP 550", null, None);

        Assert.Empty(await store.ClaimDueAsync("w1", T0.AddMinutes(1), TimeSpan.FromMinutes(5), 10, None));
        Assert.Equal(retried.Key, Assert.Single(await store.ClaimDueAsync("w1", T0.AddMinutes(2), TimeSpan.FromMinutes(5), 10, None)).Alert.Key);
        var failed = Assert.Single(await store.ListAsync(OutboxStatus.Failed, None));
        Assert.Equal("SMTP 550", failed.LastError);
    }

    private static FeedDefinition Feed(string id) => new(id, new Uri($"https://{id}.example.org/feed.xml"), id);

    private static StoredArticle Article(string url) => new(
        url,
        new Article
        {
            Url = new Uri(url),
            CanonicalUrl = new Uri(url),
            Title = "Forum on the AI divide",
            Text = "Song Haitao spoke.",
            Published = new DateTimeOffset(2025, 7, 27, 10, 30, 0, TimeSpan.FromHours(8)),
            Language = "en",
            SiteName = "Harbour Policy Wire",
        },
        "feed-1",
        T0,
        null);

    private static Alert Alert(string recipient) => new()
    {
        RecipientEmail = recipient,
        EntityId = "song-haitao",
        EntityName = "Song Haitao",
        ArticleKey = "https://news.example.com/a",
        ArticleUrl = new Uri("https://news.example.com/a"),
        ArticleTitle = "Forum on the AI divide",
        SiteName = "Harbour Policy Wire",
        Snippet = "Song Haitao spoke.",
        MatchedAlias = "Song Haitao",
        MentionCount = 1,
        CreatedAt = T0,
    };
}
