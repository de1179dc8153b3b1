using System.Collections.Concurrent;
using System.Globalization;
using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace AiDivide.Monitoring.Tests.Pipeline;

/// <summary>Three worker hosts share 200 feeds and one outbox through leases on one MongoDB.</summary>
[Collection(MongoServerGroup.Name)]
public sealed class ScaleOutTests(MongoServer mongo) : IAsyncLifetime
{
    private const int FeedCount = 200;
    private readonly ScratchDirectory data = new();
    private readonly ConcurrentDictionary<string, int> feedRequests = new();
    private readonly ConcurrentDictionary<string, int> requestsByWorker = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 8, 4, 6, 0, 0, TimeSpan.Zero));
    private readonly CancellationTokenSource killWorkerC = new();
    private SampleSite site = null!;
    private TestSmtpServer smtp = null!;

    public async Task InitializeAsync()
    {
        site = await SampleSite.StartAsync(TestPaths.Site, app =>
        {
            app.MapGet("/many/feeds/{n:int}.xml", (int n, HttpContext context) => { Count(context, $"feed-{n}"); return Results.Content(Feed(n), "application/rss+xml"); });
            app.MapGet("/many/articles/{n:int}.html", (int n, HttpContext context) => { Count(context, null); return Results.Content(Page(n), "text/html"); });
        });
        smtp = await TestSmtpServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        await site.DisposeAsync();
        killWorkerC.Dispose();
        data.Dispose();
    }

    [Fact]
    public async Task ThreeWorkers_PollEachFeedOncePerInterval_DeliverEachAlertOnce_AndLoseNothingWhenOneIsKilled()
    {
        var database = "aidivide_scale_" + Guid.NewGuid().ToString("N")[..8];
        var feeds = Enumerable.Range(0, FeedCount).Select(n => site.UrlOf($"many/feeds/{n}.xml")).ToList();
        await using var a = await StartWorkerAsync("worker-a", database, feeds);
        await using var b = await StartWorkerAsync("worker-b", database, feeds);
        await using var c = await StartWorkerAsync("worker-c", database, feeds);

        // Worker C dies after its 15th request, in the middle of the cycle, holding leases.
        var killed = await Record.ExceptionAsync(() => Task.WhenAll(a.PollAsync(), b.PollAsync(), c.PollAsync(killWorkerC.Token)));
        Assert.IsAssignableFrom<OperationCanceledException>(killed);
        // Its feeds in flight are handed back as it stops (and may be taken by A or B at once); the ones
        // it had claimed but not started (at most one claim, FeedConcurrency = 4) stay leased.
        var unfinished = (await a.Store.ListFeedsAsync(CancellationToken.None)).Count(f => f.LastSuccessAt is null);
        Assert.InRange(unfinished, 0, 4);

        // Its leases expire (10 min) before the feeds are next due (15 min): A and B take over what it left.
        clock.Advance(TimeSpan.FromMinutes(11));
        await Task.WhenAll(a.PollAsync(), b.PollAsync());
        await Task.WhenAll(a.DeliverAsync(), b.DeliverAsync());

        var polled = await a.Store.ListFeedsAsync(CancellationToken.None);
        Assert.Equal(FeedCount, polled.Count(f => f.LastSuccessAt is not null));
        Assert.Equal(FeedCount, await a.Store.CountArticlesAsync(CancellationToken.None));
        Assert.All(feedRequests.Values, count => Assert.InRange(count, 1, 2));
        Assert.True(feedRequests.Values.Count(v => v == 2) <= 2 * 4, "only the feeds the killed worker had in hand (in flight or claimed) are fetched twice");
        // One email per story to the analyst, plus the industry desk's for every tenth (which names Infinigence AI too).
        AssertEveryAlertDeliveredOnce(expected: FeedCount + (FeedCount / 10));

        // Next interval: each feed is polled exactly once more, across the three workers.
        var before = new Dictionary<string, int>(feedRequests);
        clock.Advance(TimeSpan.FromMinutes(16));
        await using var c2 = await StartWorkerAsync("worker-c2", database, feeds);
        await Task.WhenAll(a.PollAsync(), b.PollAsync(), c2.PollAsync());
        Assert.All(before, pair => Assert.Equal(pair.Value + 1, feedRequests[pair.Key]));
        Assert.True(requestsByWorker.GetValueOrDefault("worker-c2") > 0, "the third worker took a share");
        await Task.WhenAll(a.DeliverAsync(), b.DeliverAsync(), c2.DeliverAsync());
        // One email per story to the analyst, plus the industry desk's for every tenth (which names Infinigence AI too).
        AssertEveryAlertDeliveredOnce(expected: FeedCount + (FeedCount / 10));
    }

    private void AssertEveryAlertDeliveredOnce(int expected)
    {
        var ids = smtp.Messages.Select(m => m.MessageId).ToList();
        Assert.Equal(expected, ids.Distinct().Count());
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private Task<MonitorRig> StartWorkerAsync(string name, string database, IEnumerable<Uri> feeds) =>
        MonitorRig.StartAsync(data, feeds, smtp.Port, new Dictionary<string, string?>
        {
            ["Storage:Kind"] = "mongodb",
            ["Storage:MongoConnectionString"] = mongo.ConnectionString,
            ["Storage:MongoDatabase"] = database,
            ["Storage:MongoWriteConcern"] = "1",
            ["Fetching:UserAgent"] = $"{name} (+https://example.org/monitor)",
            ["Fetching:Timeout"] = "00:00:10",
            ["Sources:FeedConcurrency"] = "4",
        }, clock);

    private void Count(HttpContext context, string? feed)
    {
        var worker = context.Request.Headers.UserAgent.ToString().Split(' ')[0];
        if (requestsByWorker.AddOrUpdate(worker, 1, (_, n) => n + 1) == 15 && worker == "worker-c")
        {
            killWorkerC.Cancel();
        }

        if (feed is not null)
        {
            feedRequests.AddOrUpdate(feed, 1, (_, n) => n + 1);
        }
    }

    private string Feed(int n) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Outlet {n}</title><link>{site.BaseUrl}</link><description>Feed {n}</description>
        <item><title>Story {n}</title><link>{site.UrlOf($"many/articles/{n}.html")}</link><guid isPermaLink="false">story-{n}</guid></item>
        </channel></rss>
        """;

    // Each page is a different story (random prose from its own seed), so none joins another's story.
    private static string Page(int n) => string.Create(CultureInfo.InvariantCulture, $"""
        <html><head><title>Story {n} - Outlet {n}</title></head><body><nav><a href="/">Home</a></nav><article>
        <p>{Prose(n, 30)} Song Haitao said so on day {n}.</p>
        <p>{Prose(n + 1000, 40)}</p>
        {(n % 10 == 0 ? $"<p>Engineers from Infinigence AI said {Prose(n + 2000, 20)}</p>" : "")}
        </article><footer>Outlet {n}</footer></body></html>
        """);

    private static string Prose(int seed, int words)
    {
        string[] vocabulary =
        [
            "compute", "model", "forum", "delegates", "capacity", "shared", "cost", "region", "policy", "training", "data", "centre",
            "open", "source", "country", "investment", "talent", "chips", "standards", "cooperation", "access", "research", "market",
            "industry", "robots", "energy", "network", "language", "funding", "school", "health", "farm", "city", "port", "grid",
        ];
#pragma warning disable CA5394 // Not security: deterministic filler text.
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)])) + ".";
#pragma warning restore CA5394
    }
}
