using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Matching;
using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AiDivide.Monitoring.Tests.Alerts;

/// <summary>Quiet hours, the daily cap and digest periods, each in the recipient's own zone, on a fake clock.</summary>
public sealed class SubscriptionTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TrackedEntity Song = new("song-haitao", "Song Haitao", EntityKind.Person, ["宋海涛"], ["people"]);
    private readonly ScratchDirectory scratch = new();

    [Fact]
    public void QuietHours_HoldAnImmediateAlertUntilTheyEndInTheRecipientsZone()
    {
        // 21:30 UTC on 4 Dec is 22:30 in Berlin (CET): inside 22:00–07:00, so the alert waits until 07:00 Berlin = 06:00 UTC.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 21, 30, 0, TimeSpan.Zero));
        var planner = Planner(clock, new RecipientOptions { Email = "a@example.org", Entities = ["*"], TimeZone = "Europe/Berlin", QuietHours = new() { Start = new(22, 0), End = new(7, 0) } });

        var night = Assert.Single(Plan(planner, "s1"));
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 11, 0, 0, TimeSpan.Zero));
        var day = Assert.Single(Plan(planner, "s2"));

        Assert.Equal(new DateTimeOffset(2026, 12, 5, 6, 0, 0, TimeSpan.Zero), night.NotBefore);
        Assert.Null(day.NotBefore);
    }

    [Fact]
    public async Task QuietHours_AlertInTheOutboxIsNotDeliveredBeforeTheyEnd()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 21, 30, 0, TimeSpan.Zero));
        var recipient = new RecipientOptions { Email = "a@example.org", Entities = ["*"], TimeZone = "Europe/Berlin", QuietHours = new() { Start = new(22, 0), End = new(7, 0) } };
        var store = await StoreAsync();
        await Enqueuer(store, recipient).EnqueueAsync(Plan(Planner(clock, recipient), "s1"), None);

        Assert.Empty(await store.ClaimDueAsync("w", new DateTimeOffset(2026, 12, 5, 5, 59, 0, TimeSpan.Zero), TimeSpan.FromMinutes(5), 10, None));
        Assert.Single(await store.ClaimDueAsync("w", new DateTimeOffset(2026, 12, 5, 6, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(5), 10, None));
    }

    [Fact]
    public async Task DailyCap_StopsImmediateAlertsForTheRestOfTheLocalDay_AndTheyGoIntoTheOverflowDigest()
    {
        // Shanghai is UTC+8: 15:00 and 15:30 UTC are 23:00 and 23:30 on 4 Dec there; 16:30 UTC is already 5 Dec.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.Zero));
        var recipient = new RecipientOptions { Email = "a@example.org", Entities = ["*"], TimeZone = "Asia/Shanghai", DailyCap = 2, At = new(8, 0) };
        var store = await StoreAsync();
        var planner = Planner(clock, recipient);
        var enqueuer = Enqueuer(store, recipient);

        var queued = new List<int>();
        foreach (var (story, minutes) in new[] { ("s1", 0), ("s2", 10), ("s3", 30), ("s4", 90) })
        {
            clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.Zero).AddMinutes(minutes));
            await store.TryAddMentionAsync(new MentionRecord(Song.Id, story, $"https://news.example.com/{story}", 1, "Song Haitao spoke.", clock.GetUtcNow()), None);
            await store.TryAddArticleAsync(new StoredArticle($"https://news.example.com/{story}", Article(story), "feed", clock.GetUtcNow(), clock.GetUtcNow()), None);
            queued.Add(await enqueuer.EnqueueAsync(Plan(planner, story), None));
        }

        Assert.Equal([1, 1, 0, 1], queued);
        Assert.Equal(3, (await store.ListAsync(OutboxStatus.Pending, None)).Count);

        // The overflow digest at 08:00 on 5 Dec (00:00 UTC) lists only the story the cap held back.
        File.WriteAllText(scratch.File("watchlist.json"), """{ "entities": [ { "id": "song-haitao", "name": "Song Haitao", "kind": "person", "aliases": [ "宋海涛" ] } ] }""");
        using var watchlist = new WatchlistProvider(scratch.File("watchlist.json"), null, TimeSpan.Zero, clock, NullLogger.Instance);
        var builder = new DigestBuilder(store, watchlist, new StoryCoverage(store, store));
        var period = DigestPeriod.LastClosed(recipient, new DateTimeOffset(2026, 12, 5, 0, 5, 0, TimeSpan.Zero));
        var digest = await builder.BuildAsync(recipient, period, None);

        Assert.Equal(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero), period.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero), period.To);
        Assert.NotNull(digest);
        Assert.Equal(["Story s3"], digest.Entities.Single().Stories.Select(s => s.Title));
    }

    [Fact]
    public void DigestPeriod_DailyAtALocalTime_FollowsTheWallClockAcrossDaylightSaving()
    {
        var recipient = new RecipientOptions { Email = "a@example.org", Entities = ["*"], Mode = AlertMode.Daily, At = new(8, 0), TimeZone = "Europe/Berlin" };

        // Berlin moves to summer time at 02:00 on 29 March 2026: 08:00 is 07:00 UTC the day before and 06:00 UTC that day.
        var period = DigestPeriod.LastClosed(recipient, new DateTimeOffset(2026, 3, 29, 6, 30, 0, TimeSpan.Zero));
        var before = DigestPeriod.LastClosed(recipient, new DateTimeOffset(2026, 3, 29, 5, 59, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 7, 0, 0, TimeSpan.Zero), period.From);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 6, 0, 0, TimeSpan.Zero), period.To);
        Assert.Equal(TimeSpan.FromHours(23), period.To - period.From);
        Assert.Equal(period.From, before.To);
        Assert.NotEqual(period.Id(AlertMode.Daily), before.Id(AlertMode.Daily));
    }

    [Fact]
    public void DigestPeriod_WeeklyAndHourly_CloseOnTheRecipientsDayAndHour()
    {
        var weekly = new RecipientOptions { Email = "a@example.org", Entities = ["*"], Mode = AlertMode.Weekly, Day = DayOfWeek.Monday, At = new(9, 0), TimeZone = "America/New_York" };
        var hourly = new RecipientOptions { Email = "a@example.org", Entities = ["*"], Mode = AlertMode.Hourly, TimeZone = "Asia/Kolkata" };
        // Friday 4 Dec 2026, 17:10 UTC: 12:10 in New York (EST), 22:40 in Kolkata (UTC+5:30).
        var now = new DateTimeOffset(2026, 12, 4, 17, 10, 0, TimeSpan.Zero);

        var week = DigestPeriod.LastClosed(weekly, now);
        var hour = DigestPeriod.LastClosed(hourly, now);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero), week.To);
        Assert.Equal(TimeSpan.FromDays(7), week.To - week.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 16, 30, 0, TimeSpan.Zero), hour.To);
        Assert.Equal(TimeSpan.FromHours(1), hour.To - hour.From);
    }

    [Fact]
    public void Planner_SendsDigestRecipientsNothingImmediate_AndMatchesTopicsByKind()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
        var divide = new TrackedEntity("ai-divide", "AI divide", EntityKind.Topic, [], []);
        var planner = Planner(
            clock,
            new RecipientOptions { Email = "digest@example.org", Entities = ["*"], Mode = AlertMode.Daily },
            new RecipientOptions { Email = "topics@example.org", Topics = ["ai-divide", "song-haitao"] });

        var alerts = planner.Plan("https://news.example.com/x", "x", Article("x"), [new Mention(Song, 1, "Song Haitao", "Song Haitao spoke."), new Mention(divide, 2, "AI divide", "The AI divide grows.")]);

        var alert = Assert.Single(alerts);
        Assert.Equal("topics@example.org", alert.RecipientEmail);
        Assert.Equal(["ai-divide"], alert.AllEntities.Select(e => e.Id));
    }

    public void Dispose() => scratch.Dispose();

    private static AlertPlanner Planner(TimeProvider clock, params RecipientOptions[] recipients) =>
        new(new StaticOptions(new AlertOptions { Recipients = [.. recipients] }), clock);

    private static AlertEnqueuer Enqueuer(IMonitorStore store, RecipientOptions recipient) =>
        new(store, store, new StaticOptions(new AlertOptions { Recipients = [recipient] }), NullLogger<AlertEnqueuer>.Instance);

    private static IReadOnlyList<Alert> Plan(AlertPlanner planner, string story) =>
        planner.Plan($"https://news.example.com/{story}", story, Article(story), [new Mention(Song, 1, "Song Haitao", "Song Haitao spoke.")]);

    private static Article Article(string story)
    {
        var url = new Uri($"https://news.example.com/{story}");
        return new Article { Url = url, CanonicalUrl = url, Title = $"Story {story}", Text = "Song Haitao spoke.", SiteName = "Example News" };
    }

    private async Task<SqliteMonitorStore> StoreAsync()
    {
        var store = new SqliteMonitorStore(scratch.File("monitor.db"));
        await store.InitializeAsync(None);
        return store;
    }

    private sealed class StaticOptions(AlertOptions value) : IOptionsMonitor<AlertOptions>
    {
        public AlertOptions CurrentValue => value;

        public AlertOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<AlertOptions, string?> listener) => null;
    }
}
