using AiDivide.Monitoring.Dedup;
using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Matching;
using AiDivide.Monitoring.Pipeline;
using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AiDivide.Monitoring.Tests.Pipeline;

/// <summary>Backfill re-matches stored articles after a watchlist change: new mentions once, alerts only when asked.</summary>
public sealed class MentionBackfillTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ScratchDirectory scratch = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 8, 4, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Backfill_RecordsMentionsOfANewEntity_Once_AndAlertsOnlyWhenAsked()
    {
        var store = await SeededStoreAsync();
        File.Copy(TestPaths.TestData("Matching", "reload-edited.json"), scratch.File("watchlist.json"));
        using var watchlist = new WatchlistProvider(scratch.File("watchlist.json"), null, TimeSpan.Zero, clock, NullLogger.Instance);
        var options = new StaticOptions(new AlertOptions { Recipients = [new RecipientOptions { Email = "a@example.org", Entities = ["*"] }] });
        var backfill = new MentionBackfill(
            store, new StoryClusterer(store, Options.Create(new DedupOptions())), watchlist, new AlertPlanner(options, clock), new AlertEnqueuer(store, store, options, NullLogger<AlertEnqueuer>.Instance), clock);
        var seen = new List<BackfillProgress>();

        var first = await backfill.RunAsync(alert: false, new SyncProgress(seen.Add), None);
        var second = await backfill.RunAsync(alert: true, null, None);

        Assert.Equal(new BackfillProgress(3, 3, 2, 0), first);
        Assert.Equal([1L, 2L, 3L], seen.Select(p => p.Articles));
        Assert.Equal(new BackfillProgress(3, 3, 0, 0), second);
        Assert.Equal("waic", Assert.Single(await store.ListMentionsAsync("https://news.example.com/b", None)).EntityId);
        Assert.Empty(await store.ListAsync(OutboxStatus.Pending, None));
    }

    [Fact]
    public async Task Backfill_WithAlert_QueuesAlertsForTheNewMentions()
    {
        var store = await SeededStoreAsync();
        File.Copy(TestPaths.TestData("Matching", "reload-edited.json"), scratch.File("watchlist.json"));
        using var watchlist = new WatchlistProvider(scratch.File("watchlist.json"), null, TimeSpan.Zero, clock, NullLogger.Instance);
        var options = new StaticOptions(new AlertOptions { Recipients = [new RecipientOptions { Email = "a@example.org", Entities = ["*"] }] });
        var backfill = new MentionBackfill(
            store, new StoryClusterer(store, Options.Create(new DedupOptions())), watchlist, new AlertPlanner(options, clock), new AlertEnqueuer(store, store, options, NullLogger<AlertEnqueuer>.Instance), clock);

        var report = await backfill.RunAsync(alert: true, null, None);

        Assert.Equal(2, report.AlertsQueued);
        Assert.Equal(2, (await store.ListAsync(OutboxStatus.Pending, None)).Count);
    }

    public void Dispose() => scratch.Dispose();

    private async Task<SqliteMonitorStore> SeededStoreAsync()
    {
        var store = new SqliteMonitorStore(scratch.File("monitor.db"));
        await store.InitializeAsync(None);
        await store.TryAddArticleAsync(Stored("a", "UNIDO opens a centre", "UNIDO said so."), None);
        await store.TryAddArticleAsync(Stored("b", "世界人工智能大会开幕", "世界人工智能大会在上海开幕。"), None);
        await store.TryAddArticleAsync(Stored("c", "Weather", "Rain today."), None);
        return store;
    }

    private StoredArticle Stored(string name, string title, string text)
    {
        var url = new Uri($"https://news.example.com/{name}");
        return new StoredArticle(url.AbsoluteUri, new Article { Url = url, CanonicalUrl = url, Title = title, Text = text }, "feed-1", clock.GetUtcNow(), clock.GetUtcNow());
    }

    private sealed class StaticOptions(AlertOptions value) : IOptionsMonitor<AlertOptions>
    {
        public AlertOptions CurrentValue => value;

        public AlertOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<AlertOptions, string?> listener) => null;
    }

    private sealed class SyncProgress(Action<BackfillProgress> report) : IProgress<BackfillProgress>
    {
        public void Report(BackfillProgress value) => report(value);
    }
}
