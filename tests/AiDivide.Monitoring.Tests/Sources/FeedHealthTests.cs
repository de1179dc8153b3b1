using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;

namespace AiDivide.Monitoring.Tests.Sources;

public class FeedHealthTests
{
    private static readonly DateTimeOffset Now = new(2025, 8, 4, 12, 0, 0, TimeSpan.Zero);

    private static readonly SourcesOptions Options = new() { SilentAfterRhythms = 4, SilentFloor = TimeSpan.FromDays(1) };

    private static readonly FeedState Polled = new()
    {
        Id = "f",
        Url = new Uri("https://news.example.org/feed.xml"),
        Title = "f",
        NextPollAt = Now.AddMinutes(15),
        LastPolledAt = Now.AddMinutes(-5),
        LastSuccessAt = Now.AddMinutes(-5),
        LastNewItemAt = Now.AddHours(-3),
        UpdateInterval = TimeSpan.FromHours(2),
    };

    [Fact]
    public void NeverPolled_IsNew()
    {
        var health = FeedHealth.Assess(Polled with { LastPolledAt = null, LastSuccessAt = null, LastNewItemAt = null }, Options, Now);

        Assert.Equal(FeedHealthState.New, health.State);
    }

    [Fact]
    public void LastPollSucceeded_AndEntriesComeAsUsual_IsHealthySinceTheLastSuccess()
    {
        Assert.Equal(new FeedHealth(FeedHealthState.Healthy, Now.AddMinutes(-5), TimeSpan.FromDays(1)), FeedHealth.Assess(Polled, Options, Now));
    }

    [Fact]
    public void Failures_MakeItFailingSinceTheFirstOfTheRun_EvenWhenAlsoSilent()
    {
        var feed = Polled with { ConsecutiveFailures = 3, FailingSince = Now.AddDays(-4), LastErrorAt = Now.AddMinutes(-5), LastNewItemAt = Now.AddDays(-9) };

        var health = FeedHealth.Assess(feed, Options, Now);

        Assert.Equal((FeedHealthState.Failing, Now.AddDays(-4)), (health.State, health.Since));
    }

    [Fact]
    public void NoNewEntryForLongerThanKTimesItsRhythm_IsSilentSinceTheLastEntry()
    {
        var weekly = Polled with { UpdateInterval = TimeSpan.FromDays(1), LastNewItemAt = Now.AddDays(-4.5) };

        var health = FeedHealth.Assess(weekly, Options, Now);

        Assert.Equal((FeedHealthState.Silent, Now.AddDays(-4.5), TimeSpan.FromDays(4)), (health.State, health.Since, health.SilentAfter));
        Assert.Equal(FeedHealthState.Healthy, FeedHealth.Assess(weekly with { LastNewItemAt = Now.AddDays(-3.5) }, Options, Now).State);
    }

    [Fact]
    public void ABusyFeed_IsNotCalledSilentBeforeTheFloor()
    {
        var busy = Polled with { UpdateInterval = TimeSpan.FromMinutes(10), LastNewItemAt = Now.AddHours(-20) };

        Assert.Equal(FeedHealthState.Healthy, FeedHealth.Assess(busy, Options, Now).State);
        Assert.Equal(FeedHealthState.Silent, FeedHealth.Assess(busy with { LastNewItemAt = Now.AddHours(-25) }, Options, Now).State);
    }

    [Fact]
    public void AFeedThatNeverShowedAnEntry_IsNotSilent()
    {
        Assert.Equal(FeedHealthState.Healthy, FeedHealth.Assess(Polled with { LastNewItemAt = null }, Options, Now).State);
    }
}
