using System.Collections.Concurrent;
using System.Text.Json;
using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AiDivide.Monitoring.Tests.Pipeline;

/// <summary>When feeds are polled next, against a loopback server, on a fake clock: rhythm, hints, Retry-After, backoff, poll now, conditional GET.</summary>
public sealed class FeedSchedulingTests : NewsroomTest
{
    private readonly ConcurrentQueue<string> liarValidators = new();
    private volatile string liarVersion = "liar-v1.xml";
    private volatile int publishedEntries = 3;
    private volatile int notModifiedAnswers;

    private static string Sources(string file) => TestPaths.TestData("Sources", file);

    private static Dictionary<string, string?> LongMaximum => new() { ["Sources:MaxPollInterval"] = "1.00:00:00" };

    protected override void AddRoutes(WebApplication app)
    {
        app.MapGet("/sched/page/{n:int}.html", (int n) => Results.Content(
            $"<html><head><title>Harbour bulletin {n}</title></head><body><article><h1>Harbour bulletin {n}</h1><p>The port authority published its weekly note on shared compute for the harbour district, number {n} in the series, with the usual tables of berths and cranes.</p></article></body></html>",
            "text/html"));
        app.MapGet("/sched/quick.xml", () => Results.File(Sources("quick-feed.xml"), "application/rss+xml"));
        app.MapGet("/sched/ttl.xml", () => Results.File(Sources("ttl-feed.xml"), "application/rss+xml"));
        app.MapGet("/sched/max-age.xml", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=14400";
            return Results.File(Sources("quick-feed.xml"), "application/rss+xml");
        });
        app.MapGet("/sched/ttl-then-304.xml", (HttpContext context) =>
        {
            if (!string.IsNullOrEmpty(context.Request.Headers.IfNoneMatch))
            {
                Interlocked.Increment(ref notModifiedAnswers);
                return Results.StatusCode(304);
            }

            context.Response.Headers.ETag = "\"ttl-v1\"";
            return Results.File(Sources("ttl-feed.xml"), "application/rss+xml");
        });
        app.MapGet("/sched/publishing.xml", () => Results.Content(PublishingFeed(publishedEntries), "application/rss+xml"));
        app.MapGet("/sched/failing.xml", () => Results.StatusCode(500));
        app.MapGet("/sched/throttled/{status:int}.xml", (int status, HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = "7200";
            return Results.StatusCode(status);
        });
        app.MapGet("/sched/liar.xml", (HttpContext context) =>
        {
            var validators = $"{context.Request.Headers.IfNoneMatch}|{context.Request.Headers.IfModifiedSince}";
            liarValidators.Enqueue(validators);
            if (validators != "|")
            {
                return Results.StatusCode(304);
            }

            context.Response.Headers.ETag = "\"breakwater\"";
            context.Response.Headers.LastModified = "Mon, 04 Aug 2025 04:00:00 GMT";
            return Results.File(Sources(liarVersion), "application/rss+xml");
        });
    }

    [Fact]
    public async Task Success_SchedulesTheNextPollFromTheFeedsOwnRhythm()
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("sched/quick.xml")], Smtp.Port, LongMaximum);

        await rig.PollAsync();

        var feed = await SingleFeedAsync(rig);
        Assert.Equal(TimeSpan.FromMinutes(10), feed.UpdateInterval);
        Assert.Equal(feed.LastPolledAt, feed.LastNewItemAt);
        Assert.InRange(feed.NextPollAt - feed.LastPolledAt!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(11));
    }

    [Theory]
    [InlineData("sched/ttl.xml", 180)]
    [InlineData("sched/max-age.xml", 240)]
    public async Task PublisherHints_AreLowerBoundsOnTheInterval(string path, int minimumMinutes)
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf(path)], Smtp.Port, LongMaximum);

        await rig.PollAsync();

        var feed = await SingleFeedAsync(rig);
        Assert.InRange(feed.NextPollAt - feed.LastPolledAt!.Value, TimeSpan.FromMinutes(minimumMinutes), TimeSpan.FromMinutes(minimumMinutes * 1.1));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task RetryAfter_IsHonoured_AndTheErrorStored(int status)
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf($"sched/throttled/{status}.xml")], Smtp.Port);

        await rig.PollAsync();

        var feed = await SingleFeedAsync(rig);
        Assert.Equal(TimeSpan.FromHours(2), feed.NextPollAt - feed.LastPolledAt!.Value);
        Assert.StartsWith($"HTTP {status}", feed.LastError, StringComparison.Ordinal);
        Assert.Equal(feed.LastPolledAt, feed.LastErrorAt);
    }

    [Fact]
    public async Task FiftyFailuresInARow_LeaveTheFeedScheduled_WithinTheMaximumBackoff()
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("sched/failing.xml")], Smtp.Port);
        var firstFailure = rig.Clock.GetUtcNow();

        for (var attempt = 1; attempt <= 50; attempt++)
        {
            var report = await rig.PollAsync();
            Assert.Equal((1, 1), (report.FeedsPolled, report.FeedsFailed));
            var feed = await SingleFeedAsync(rig);
            Assert.InRange(feed.NextPollAt - feed.LastPolledAt!.Value, TimeSpan.FromMinutes(1), TimeSpan.FromHours(24));
            rig.Clock.SetUtcNow(feed.NextPollAt);
        }

        var last = await SingleFeedAsync(rig);
        Assert.Equal((50, firstFailure), (last.ConsecutiveFailures, last.FailingSince));
        Assert.StartsWith("HTTP 500", last.LastError, StringComparison.Ordinal);
        // Jitter spreads capped feeds below the ceiling, never above it.
        Assert.InRange(last.NextPollAt - last.LastPolledAt!.Value, TimeSpan.FromHours(24 * 0.8), TimeSpan.FromHours(24));
    }

    [Fact]
    public async Task PollNow_MakesAFeedDueBeforeItsTime()
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("sched/quick.xml")], Smtp.Port, LongMaximum);
        await rig.PollAsync();
        Assert.Equal(0, (await rig.PollAsync()).FeedsPolled);

        var matched = await rig.Store.SchedulePollNowAsync(null, rig.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(1, matched);
        Assert.Equal(1, (await rig.PollAsync()).FeedsPolled);
    }

    [Fact]
    public async Task ConditionalOff_SendsNoValidators_SoALyingServerCannotHideNewEntries()
    {
        await using var rig = await StartLiarRigAsync(conditional: false);
        await rig.PollAsync();

        liarVersion = "liar-v2.xml";
        rig.AdvancePastPollInterval();
        var second = await rig.PollAsync();

        Assert.Equal(1, second.NewArticles);
        Assert.All(liarValidators, v => Assert.Equal("|", v));
    }

    [Fact]
    public async Task ConditionalOn_AgainstTheSameLyingServer_MissesTheNewEntry()
    {
        // The control for the test above: it shows the server does lie, and that the switch is what helps.
        await using var rig = await StartLiarRigAsync(conditional: true);
        await rig.PollAsync();

        liarVersion = "liar-v2.xml";
        rig.AdvancePastPollInterval();
        var second = await rig.PollAsync();

        Assert.Equal(0, second.NewArticles);
        Assert.Contains("\"breakwater\"|", liarValidators.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotModified_KeepsTheTtlTheFeedGaveOnItsLastFullRead()
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("sched/ttl-then-304.xml")], Smtp.Port, LongMaximum);
        await rig.PollAsync();
        var first = await SingleFeedAsync(rig);
        rig.Clock.SetUtcNow(first.NextPollAt);

        await rig.PollAsync();

        // The 304 carries no ttl and no max-age; the feed's rhythm (10 minutes) alone would bring it back far sooner.
        var second = await SingleFeedAsync(rig);
        Assert.Equal((1, TimeSpan.FromMinutes(180)), (notModifiedAnswers, second.PublisherInterval));
        Assert.InRange(second.NextPollAt - second.LastPolledAt!.Value, TimeSpan.FromMinutes(180), TimeSpan.FromMinutes(198));
    }

    [Fact]
    public async Task QuietFeed_IsPolledLessOften_ThenMoreOftenOnceEntriesReturn()
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("sched/publishing.xml")], Smtp.Port, LongMaximum);
        var quiet = new List<TimeSpan>();
        for (var poll = 0; poll < 10; poll++)
        {
            quiet.Add(await PollWhenDueAsync(rig));
        }

        // Entries come back just before the next poll, then one every ten minutes, as before the silence.
        var busy = new List<TimeSpan>();
        var returned = (await SingleFeedAsync(rig)).NextPollAt;
        for (var poll = 0; poll < 6; poll++)
        {
            var due = (await SingleFeedAsync(rig)).NextPollAt;
            rig.Clock.SetUtcNow(due);
            publishedEntries = 4 + (int)((due - returned) / TimeSpan.FromMinutes(10));
            busy.Add(await PollWhenDueAsync(rig));
        }

        Assert.InRange(quiet[0], TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(11));
        Assert.Equal(quiet.Order(), quiet);
        Assert.True(quiet[^1] > TimeSpan.FromMinutes(60), $"still polled every {quiet[^1]} after {quiet.Count} empty polls");
        Assert.Equal(busy.OrderDescending(), busy);
        Assert.True(busy[^1] < busy[0] / 2, $"back to {busy[^1]} from {busy[0]}");
        // The stored rhythm is what the entries showed: the silence alone never changed it.
        Assert.True((await SingleFeedAsync(rig)).UpdateInterval < busy[0]);
    }

    /// <summary>Polls at the feed's next due time (the first poll at once) and returns the interval it scheduled.</summary>
    private static async Task<TimeSpan> PollWhenDueAsync(MonitorRig rig)
    {
        // The feed is in the store once the first poll cycle has read the feed list.
        if ((await rig.Store.ListFeedsAsync(CancellationToken.None)).SingleOrDefault() is { } listed && listed.NextPollAt > rig.Clock.GetUtcNow())
        {
            rig.Clock.SetUtcNow(listed.NextPollAt);
        }

        Assert.Equal(1, (await rig.PollAsync()).FeedsPolled);
        var feed = await SingleFeedAsync(rig);
        return feed.NextPollAt - feed.LastPolledAt!.Value;
    }

    /// <summary>An RSS feed of <paramref name="count"/> bulletins, ten minutes apart, the newest first.</summary>
    private static string PublishingFeed(int count)
    {
        var items = Enumerable.Range(1, count).Reverse().Select(n =>
            $"<item><title>Bulletin {n}</title><link>/sched/page/{n}.html</link><guid isPermaLink=\"false\">publishing-{n}</guid>" +
            $"<pubDate>{new DateTimeOffset(2025, 8, 4, 5, 20, 0, TimeSpan.Zero).AddMinutes(10 * n):R}</pubDate></item>");
        return $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Quayside Publishing Desk</title><link>https://quayside.example.org/</link><description>Bulletins.</description>{string.Concat(items)}</channel></rss>";
    }

    private async Task<MonitorRig> StartLiarRigAsync(bool conditional)
    {
        var feedsFile = Data.File("liar-feeds.json");
        await File.WriteAllTextAsync(feedsFile, JsonSerializer.Serialize(new { feeds = new[] { new { url = Site.UrlOf("sched/liar.xml").AbsoluteUri, conditional } } }));
        return await MonitorRig.StartAsync(Data, [], Smtp.Port, new Dictionary<string, string?> { ["Sources:FeedsFile"] = feedsFile });
    }

    private static async Task<FeedState> SingleFeedAsync(MonitorRig rig) => Assert.Single(await rig.Store.ListFeedsAsync(CancellationToken.None));
}
