using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;

namespace AiDivide.Monitoring.Tests.Storage;

/// <summary>The feed fields behind schedules and health, and "poll now", on every adapter.</summary>
public abstract partial class MonitorStoreContract
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task CompletePoll_StoresErrorTimeAndFailingSince_AndASuccessClearsTheRun()
    {
        var store = await CreateStoreAsync();
        await store.SyncFeedsAsync([Feed("a")], T0, None);

        await PollAsync(store, "a", new FeedPollOutcome(T0, T0.AddMinutes(1), "HTTP 500") { FailingSince = T0 });
        await PollAsync(store, "a", new FeedPollOutcome(T0.AddMinutes(1), T0.AddMinutes(2), "HTTP 502") { FailingSince = T0 }, T0.AddMinutes(1));
        var failing = Assert.Single(await store.ListFeedsAsync(None));
        Assert.Equal((2, "HTTP 502", T0.AddMinutes(1), T0), (failing.ConsecutiveFailures, failing.LastError, failing.LastErrorAt, failing.FailingSince));

        await PollAsync(store, "a", new FeedPollOutcome(T0.AddMinutes(2), T0.AddMinutes(3), null), T0.AddMinutes(2));
        var healthy = Assert.Single(await store.ListFeedsAsync(None));
        Assert.Equal((0, null, T0.AddMinutes(2)), (healthy.ConsecutiveFailures, healthy.FailingSince, healthy.LastSuccessAt));
        Assert.Equal(T0.AddMinutes(1), healthy.LastErrorAt);
    }

    [Fact]
    public async Task CompletePoll_StoresTheRhythm_AndKeepsItWhenAPollLeavesItOut()
    {
        var store = await CreateStoreAsync();
        await store.SyncFeedsAsync([Feed("a")], T0, None);

        await PollAsync(store, "a", new FeedPollOutcome(T0, T0.AddHours(1), null) { LastNewItemAt = T0, UpdateInterval = TimeSpan.FromMinutes(42) });
        await PollAsync(store, "a", new FeedPollOutcome(T0.AddHours(1), T0.AddHours(2), null), T0.AddHours(1));

        var feed = Assert.Single(await store.ListFeedsAsync(None));
        Assert.Equal((T0, TimeSpan.FromMinutes(42)), (feed.LastNewItemAt, feed.UpdateInterval));
    }

    [Fact]
    public async Task CompletePoll_StoresThePublisherInterval_KeepsItWhenLeftOut_AndZeroMeansNone()
    {
        var store = await CreateStoreAsync();
        await store.SyncFeedsAsync([Feed("a")], T0, None);

        await PollAsync(store, "a", new FeedPollOutcome(T0, T0.AddHours(3), null) { PublisherInterval = TimeSpan.FromMinutes(180) });
        await PollAsync(store, "a", new FeedPollOutcome(T0.AddHours(3), T0.AddHours(6), null), T0.AddHours(3));
        Assert.Equal(TimeSpan.FromMinutes(180), Assert.Single(await store.ListFeedsAsync(None)).PublisherInterval);

        await PollAsync(store, "a", new FeedPollOutcome(T0.AddHours(6), T0.AddHours(7), null) { PublisherInterval = TimeSpan.Zero }, T0.AddHours(6));
        Assert.Null(Assert.Single(await store.ListFeedsAsync(None)).PublisherInterval);
    }

    [Fact]
    public async Task SyncFeeds_StoresTheConditionalGetSwitch_AndFollowsItsEdits()
    {
        var store = await CreateStoreAsync();
        await store.SyncFeedsAsync([Feed("a") with { UsesConditionalGet = false }, Feed("b")], T0, None);
        Assert.Equal([false, true], (await store.ListFeedsAsync(None)).OrderBy(f => f.Id).Select(f => f.UsesConditionalGet));

        await store.SyncFeedsAsync([Feed("a"), Feed("b")], T0, None);
        Assert.All(await store.ListFeedsAsync(None), f => Assert.True(f.UsesConditionalGet));
    }

    [Fact]
    public async Task SchedulePollNow_MakesTheNamedFeedsDue_OrEveryFeed()
    {
        var store = await CreateStoreAsync();
        await store.SyncFeedsAsync([Feed("a"), Feed("b"), Feed("c")], T0, None);
        foreach (var id in new[] { "a", "b", "c" })
        {
            await PollAsync(store, id, new FeedPollOutcome(T0, T0.AddHours(6), null));
        }

        var now = T0.AddMinutes(10);
        Assert.Equal(1, await store.SchedulePollNowAsync(["b", "no-such-feed"], now, None));
        Assert.Equal("b", Assert.Single(await store.ClaimDueFeedsAsync("w1", now, now, Lease, 10, None)).Id);

        Assert.Equal(3, await store.SchedulePollNowAsync(null, now, None));
        Assert.Equal(["a", "c"], (await store.ClaimDueFeedsAsync("w1", now, now, Lease, 10, None)).Select(f => f.Id).Order());
    }

    [Fact]
    public async Task Migration_CarriesTheScheduleAndHealthFields()
    {
        var source = await CreateStoreAsync();
        await source.SyncFeedsAsync([Feed("a") with { UsesConditionalGet = false }], T0, None);
        await PollAsync(source, "a", new FeedPollOutcome(T0, T0.AddHours(1), null) { LastNewItemAt = T0, UpdateInterval = TimeSpan.FromMinutes(90), PublisherInterval = TimeSpan.FromHours(1) });
        await PollAsync(source, "a", new FeedPollOutcome(T0.AddHours(1), T0.AddHours(2), "HTTP 503") { FailingSince = T0.AddHours(1) }, T0.AddHours(1));
        var target = await CreateSecondStoreAsync();

        await foreach (var record in source.ExportAsync(None))
        {
            await target.ImportAsync(record, None);
        }

        Assert.Equal(Assert.Single(await source.ListFeedsAsync(None)), Assert.Single(await target.ListFeedsAsync(None)));
    }

    /// <summary>A store that shares no data with the one <see cref="CreateStoreAsync"/> gave.</summary>
    protected virtual Task<IMonitorStore> CreateSecondStoreAsync() => CreateStoreAsync();

    private static async Task PollAsync(IMonitorStore store, string id, FeedPollOutcome outcome, DateTimeOffset? now = null)
    {
        var at = now ?? T0;
        await store.SchedulePollNowAsync([id], at, None);
        var claimed = await store.ClaimDueFeedsAsync("poller", at, at, Lease, 100, None);
        Assert.Contains(claimed, f => f.Id == id);
        await store.CompletePollAsync(id, "poller", outcome, None);
        foreach (var other in claimed.Where(f => f.Id != id))
        {
            await store.ReleaseFeedAsync(other.Id, "poller", None);
        }
    }
}
