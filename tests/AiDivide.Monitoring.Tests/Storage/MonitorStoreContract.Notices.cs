namespace AiDivide.Monitoring.Tests.Storage;

/// <summary>The operator notice log: each notice claimed by one worker, sent once, retried when a send fails.</summary>
public abstract partial class MonitorStoreContract
{
    private static readonly TimeSpan NoticeLease = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Notice_ClaimedByOneWorker_IsNotClaimedByAnother_AndOnceSentNeverAgain()
    {
        var store = await CreateStoreAsync();

        Assert.True(await store.TryClaimNoticeAsync("feed-failing:f1:never", "w1", T0, NoticeLease, None));
        Assert.False(await store.TryClaimNoticeAsync("feed-failing:f1:never", "w2", T0.AddMinutes(1), NoticeLease, None));
        await store.MarkNoticeSentAsync("feed-failing:f1:never", "w1", T0.AddMinutes(1), None);

        Assert.False(await store.TryClaimNoticeAsync("feed-failing:f1:never", "w2", T0.AddDays(1), NoticeLease, None));
        Assert.True(await store.TryClaimNoticeAsync("feed-failing:f2:never", "w2", T0.AddDays(1), NoticeLease, None));
    }

    [Fact]
    public async Task Notice_ReleasedAfterAFailedSend_IsClaimableAtOnce_AndAnExpiredClaimIsTakenOver()
    {
        var store = await CreateStoreAsync();
        await store.TryClaimNoticeAsync("daily:2025-07-27", "w1", T0, NoticeLease, None);
        await store.ReleaseNoticeAsync("daily:2025-07-27", "someone-else", None);
        Assert.False(await store.TryClaimNoticeAsync("daily:2025-07-27", "w2", T0, NoticeLease, None));

        await store.ReleaseNoticeAsync("daily:2025-07-27", "w1", None);
        Assert.True(await store.TryClaimNoticeAsync("daily:2025-07-27", "w2", T0, NoticeLease, None));

        // w2 dies holding it; after the lease, w3 takes it, and w2's late "sent" changes nothing.
        Assert.True(await store.TryClaimNoticeAsync("daily:2025-07-27", "w3", T0 + NoticeLease, NoticeLease, None));
        await store.MarkNoticeSentAsync("daily:2025-07-27", "w2", T0 + NoticeLease, None);
        await store.ReleaseNoticeAsync("daily:2025-07-27", "w3", None);
        Assert.True(await store.TryClaimNoticeAsync("daily:2025-07-27", "w4", T0 + NoticeLease, NoticeLease, None));
    }

    [Fact]
    public async Task Notice_ClaimedByManyWorkersAtOnce_GoesToExactlyOne()
    {
        var store = await CreateStoreAsync();

        var wins = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => store.TryClaimNoticeAsync("alert-undeliverable:k1", $"w{w}", T0, NoticeLease, None)));

        Assert.Equal(1, wins.Count(won => won));
    }
}
