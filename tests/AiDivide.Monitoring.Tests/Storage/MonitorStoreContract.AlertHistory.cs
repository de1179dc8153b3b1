using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Storage;

namespace AiDivide.Monitoring.Tests.Storage;

/// <summary>The reads behind the daily cap and digests: alerts by key, today's alerts, mentions by time and per day.</summary>
public abstract partial class MonitorStoreContract
{
    [Fact]
    public async Task FindAlert_ReturnsTheStoredAlertWithItsEntities_OrNull()
    {
        var store = await CreateStoreAsync();
        var alert = Alert("a@example.org") with
        {
            StoryId = "story-1",
            Entities = [new AlertEntity("song-haitao", "Song Haitao", "Song Haitao", "Song Haitao spoke.", 1), new AlertEntity("waic", "WAIC", "WAIC", "At WAIC.", 2)],
        };
        await store.TryEnqueueAsync(alert, None);

        var found = await store.FindAlertAsync(alert.Key, None);

        Assert.NotNull(found);
        Assert.Equal(["song-haitao", "waic"], found.AllEntities.Select(e => e.Id));
        Assert.Null(await store.FindAlertAsync("no-such-key", None));
    }

    [Fact]
    public async Task CountImmediateAlerts_CountsOneRecipientsAlertsInTheWindow_NotDigestsOrOtherChannels()
    {
        var store = await CreateStoreAsync();
        await store.TryEnqueueAsync(Alert("a@example.org") with { StoryId = "s1" }, None);
        await store.TryEnqueueAsync(Alert("a@example.org") with { StoryId = "s2", CreatedAt = T0.AddHours(1) }, None);
        await store.TryEnqueueAsync(Alert("a@example.org") with { StoryId = "s3", CreatedAt = T0.AddDays(1) }, None);
        await store.TryEnqueueAsync(Alert("b@example.org") with { StoryId = "s1" }, None);
        await store.TryEnqueueAsync(Alert("a@example.org") with { StoryId = "s4", Channel = AlertChannel.Webhook }, None);
        await store.TryEnqueueAsync(Alert("a@example.org") with { ArticleKey = $"{Monitoring.Alerts.Alert.DigestPrefix}daily:x", Digest = new Digest(T0, T0, "d", []) }, None);

        Assert.Equal(2, await store.CountImmediateAlertsAsync("a@example.org", AlertChannel.Email, T0, T0.AddDays(1), None));
        Assert.Equal(1, await store.CountImmediateAlertsAsync("a@example.org", AlertChannel.Email, T0.AddDays(1), T0.AddDays(2), None));
    }

    [Fact]
    public async Task Enqueue_WithNotBefore_IsNotClaimedUntilThen()
    {
        var store = await CreateStoreAsync();
        await store.TryEnqueueAsync(Alert("a@example.org") with { NotBefore = T0.AddHours(7) }, None);

        Assert.Empty(await store.ClaimDueAsync("w1", T0.AddHours(6), TimeSpan.FromMinutes(5), 10, None));
        Assert.Single(await store.ClaimDueAsync("w1", T0.AddHours(7), TimeSpan.FromMinutes(5), 10, None));
    }

    [Fact]
    public async Task ListMentionsFound_ReturnsMentionsInTheHalfOpenWindow_OldestFirst()
    {
        var store = await CreateStoreAsync();
        await store.TryAddMentionAsync(Mention("waic", "s2", T0.AddHours(2)), None);
        await store.TryAddMentionAsync(Mention("song-haitao", "s1", T0), None);
        await store.TryAddMentionAsync(Mention("song-haitao", "s3", T0.AddHours(5)), None);

        var found = await store.ListMentionsFoundAsync(T0, T0.AddHours(5), None);

        Assert.Equal(["s1", "s2"], found.Select(m => m.StoryId));
        Assert.Equal(T0, found[0].FoundAt);
    }

    [Fact]
    public async Task CountMentionsByDay_GroupsPerEntityAndDay_InTheGivenOffset()
    {
        var store = await CreateStoreAsync();
        // T0 is 08:00 UTC on 27 July. 17:00 UTC is 01:00 on the 28th in Shanghai (UTC+8), still the 27th in UTC.
        await store.TryAddMentionAsync(Mention("song-haitao", "s1", T0), None);
        await store.TryAddMentionAsync(Mention("song-haitao", "s2", T0.AddHours(9)), None);
        await store.TryAddMentionAsync(Mention("waic", "s2", T0.AddHours(9)), None);
        await store.TryAddMentionAsync(Mention("waic", "s9", T0.AddDays(40)), None);

        var utc = await store.CountMentionsByDayAsync(T0.AddDays(-1), T0.AddDays(2), TimeSpan.Zero, None);
        var shanghai = await store.CountMentionsByDayAsync(T0.AddDays(-1), T0.AddDays(2), TimeSpan.FromHours(8), None);

        var day = new DateOnly(2025, 7, 27);
        Assert.Equal([new MentionDayCount("song-haitao", day, 2), new MentionDayCount("waic", day, 1)], utc);
        Assert.Equal(
            [new MentionDayCount("song-haitao", day, 1), new MentionDayCount("song-haitao", day.AddDays(1), 1), new MentionDayCount("waic", day.AddDays(1), 1)],
            shanghai);
    }

    private static MentionRecord Mention(string entity, string story, DateTimeOffset at) => new(entity, story, $"https://news.example.com/{story}", 1, $"{entity} in {story}", at);
}
