using AiDivide.Monitoring.Alerts;
using AiDivide.Monitoring.Delivery;
using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AiDivide.Monitoring.Tests.Pipeline;

/// <summary>The outbox under failure: a relay down for hours, a worker killed mid-delivery. Nothing lost, nothing doubled beyond the lease window.</summary>
public sealed class OutboxRecoveryTests : NewsroomTest
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private Uri[] GoodFeeds => [Site.UrlOf("feeds/main.xml"), Site.UrlOf("feeds/atom.xml"), Site.UrlOf("feeds/rdf.xml")];

    [Fact]
    public async Task SmtpDownForHoursAcrossManyDeliveryRuns_ThenBack_DeliversEveryAlertExactlyOnce()
    {
        var port = Smtp.Port;
        var sink = Smtp.Sink;
        await Smtp.DisposeAsync();
        await using var rig = await MonitorRig.StartAsync(Data, GoodFeeds, port);
        await rig.PollAsync();
        var queued = (await rig.Store.ListAsync(null, CancellationToken.None)).Count;

        // The daemon's delivery job keeps firing while the relay is down: every run fails, none gives up.
        for (var run = 0; run < 18; run++)
        {
            Assert.Equal(0, (await rig.DeliverAsync()).Sent);
            rig.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Empty(await rig.Store.ListAsync(OutboxStatus.Failed, CancellationToken.None));
        Smtp = await TestSmtpServer.StartAsync(port, sink);
        for (var run = 0; run < 24; run++)
        {
            await rig.DeliverAsync();
            rig.Clock.Advance(TimeSpan.FromMinutes(30));
        }

        // Four stories for the analyst (who follows everything) and two for the industry desk: one alert per story per recipient.
        Assert.Equal(6, queued);
        Assert.Equal(queued, (await rig.Store.ListAsync(OutboxStatus.Sent, CancellationToken.None)).Count);
        var ids = Smtp.Messages.Select(m => m.MessageId).ToList();
        Assert.Equal(queued, ids.Count);
        Assert.Equal(queued, ids.Distinct().Count());
    }

    [Fact]
    public async Task WorkerKilledAfterClaimingBeforeMarking_LeavesItsAlertsToAnotherRunOnceTheLeaseExpires()
    {
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("feeds/main.xml")], Smtp.Port, new Dictionary<string, string?> { ["Delivery:Lease"] = "00:05:00" });
        await rig.PollAsync();

        // The killed worker: claims the batch, then is never heard from again.
        var claimed = await rig.Store.ClaimDueAsync("killed-worker", rig.Clock.GetUtcNow(), Lease, 50, CancellationToken.None);
        var duringLease = await rig.DeliverAsync();
        rig.Clock.Advance(Lease - TimeSpan.FromSeconds(1));
        var lastSecondOfLease = await rig.DeliverAsync();
        rig.Clock.Advance(TimeSpan.FromSeconds(1));
        var afterLease = await rig.DeliverAsync();

        Assert.Equal(2, claimed.Count);
        Assert.Equal(0, duringLease.Claimed);
        Assert.Equal(0, lastSecondOfLease.Claimed);
        Assert.Equal(2, afterLease.Sent);
        Assert.Equal(2, Smtp.Messages.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(2, Smtp.Messages.Count);
    }

    [Fact]
    public async Task WorkerKilledAfterTheRelayAcceptedButBeforeMarking_SendsItAgainOnce_WithTheSameMessageId()
    {
        // The at-least-once window: a copy accepted by the relay but not yet recorded is sent again after the lease.
        await using var rig = await MonitorRig.StartAsync(Data, [Site.UrlOf("feeds/main.xml")], Smtp.Port);
        await rig.PollAsync();
        var item = (await rig.Store.ClaimDueAsync("killed-worker", rig.Clock.GetUtcNow(), Lease, 1, CancellationToken.None)).Single();
        var transport = rig.Services.GetRequiredService<IMailTransport>();
        await using (var session = await transport.OpenAsync(CancellationToken.None))
        {
            await session.SendAsync(rig.Services.GetRequiredService<AlertMessageComposer>().Compose(item.Alert), CancellationToken.None);
        }

        rig.Clock.Advance(Lease);
        await rig.DeliverAsync();
        rig.Clock.Advance(TimeSpan.FromHours(1));
        await rig.DeliverAsync();

        var copies = Smtp.Messages.Where(m => m.MessageId == $"{item.Alert.Key}@{AlertMessageComposer.MessageIdDomain}").ToList();
        Assert.Equal(2, copies.Count);
        Assert.Equal(2, (await rig.Store.ListAsync(OutboxStatus.Sent, CancellationToken.None)).Count);
        Assert.Equal(3, Smtp.Messages.Count);
    }
}
