using AiDivide.Monitoring.Sources;

namespace AiDivide.Monitoring.Tests.Sources;

public class FeedScheduleTests
{
    private static readonly SourcesOptions Options = new()
    {
        PollInterval = TimeSpan.FromMinutes(15),
        MinPollInterval = TimeSpan.FromMinutes(5),
        MaxPollInterval = TimeSpan.FromHours(2),
        MaxBackoff = TimeSpan.FromHours(24),
        PollJitter = 0.1,
    };

    private const double NoJitter = 0.5;

    [Fact]
    public void AfterSuccess_FollowsTheFeedsRhythm_WithinTheConfiguredRange()
    {
        Assert.Equal(TimeSpan.FromMinutes(40), FeedSchedule.AfterSuccess(TimeSpan.FromMinutes(40), ScheduleHints.None, Options, NoJitter));
        Assert.Equal(TimeSpan.FromMinutes(5), FeedSchedule.AfterSuccess(TimeSpan.FromSeconds(30), ScheduleHints.None, Options, NoJitter));
        Assert.Equal(TimeSpan.FromHours(2), FeedSchedule.AfterSuccess(TimeSpan.FromDays(3), ScheduleHints.None, Options, NoJitter));
    }

    [Fact]
    public void AfterSuccess_WithoutARhythm_UsesThePollInterval()
    {
        Assert.Equal(TimeSpan.FromMinutes(15), FeedSchedule.AfterSuccess(null, ScheduleHints.None, Options, NoJitter));
    }

    [Theory]
    [InlineData(100, null, null, 100)]
    [InlineData(null, 60, null, 60)]
    [InlineData(null, null, 45, 45)]
    [InlineData(30, 90, 45, 90)]
    [InlineData(600, null, null, 120)]
    public void AfterSuccess_TakesTheLongestPublisherHintAsLowerBound_UpToTheMaximum(int? ttlMinutes, int? periodMinutes, int? maxAgeMinutes, int expectedMinutes)
    {
        var hints = new ScheduleHints(Minutes(ttlMinutes), Minutes(periodMinutes), Minutes(maxAgeMinutes));

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), FeedSchedule.AfterSuccess(TimeSpan.FromMinutes(10), hints, Options, NoJitter));
    }

    [Fact]
    public void AfterSuccess_JitterSpreadsFeedsByAtMostTheConfiguredFraction_AndNeverBelowAHint()
    {
        var low = FeedSchedule.AfterSuccess(TimeSpan.FromMinutes(60), ScheduleHints.None, Options, 0);
        var high = FeedSchedule.AfterSuccess(TimeSpan.FromMinutes(60), ScheduleHints.None, Options, 0.999);
        var hinted = FeedSchedule.AfterSuccess(TimeSpan.FromMinutes(60), new ScheduleHints(TimeToLive: TimeSpan.FromMinutes(60)), Options, 0);

        Assert.Equal(TimeSpan.FromMinutes(54), low);
        Assert.InRange(high, TimeSpan.FromMinutes(65.9), TimeSpan.FromMinutes(66));
        Assert.Equal(TimeSpan.FromMinutes(60), hinted);
    }

    [Fact]
    public void StableJitter_IsFixedPerFeed_AndDiffersBetweenFeeds()
    {
        var jitters = Enumerable.Range(0, 50).Select(n => FeedSchedule.StableJitter($"feed-{n}")).ToList();

        Assert.Equal(FeedSchedule.StableJitter("feed-7"), FeedSchedule.StableJitter("feed-7"));
        Assert.All(jitters, j => Assert.InRange(j, 0, 0.9999));
        Assert.True(jitters.Distinct().Count() > 40);
    }

    [Fact]
    public void AfterFailure_DoublesFromThePollInterval_UpToTheMaximumBackoff_AndNeverGivesUp()
    {
        var delays = Enumerable.Range(1, 50).Select(n => FeedSchedule.AfterFailure(n, null, Options, NoJitter)).ToList();

        Assert.Equal([15, 30, 60, 120], delays.Take(4).Select(d => d.TotalMinutes));
        Assert.All(delays.Skip(7), d => Assert.Equal(TimeSpan.FromHours(24), d));
    }

    [Fact]
    public void AfterFailure_WaitsAtLeastTheServersRetryAfter_ButNoLongerThanTheMaximumBackoff()
    {
        Assert.Equal(TimeSpan.FromHours(3), FeedSchedule.AfterFailure(1, TimeSpan.FromHours(3), Options, NoJitter));
        Assert.Equal(TimeSpan.FromMinutes(15), FeedSchedule.AfterFailure(1, TimeSpan.FromSeconds(10), Options, NoJitter));
        Assert.Equal(TimeSpan.FromHours(24), FeedSchedule.AfterFailure(1, TimeSpan.FromDays(5), Options, NoJitter));
    }

    private static TimeSpan? Minutes(int? minutes) => minutes is { } m ? TimeSpan.FromMinutes(m) : null;
}
