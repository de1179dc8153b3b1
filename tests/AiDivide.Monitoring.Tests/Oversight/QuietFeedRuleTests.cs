using AiDivide.Monitoring.Oversight;
using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;

namespace AiDivide.Monitoring.Tests.Oversight;

/// <summary>When a feed that reads fine but has stopped publishing becomes the operator's problem, and how failure runs are timed.</summary>
public sealed class QuietFeedRuleTests
{
    private static readonly DateTimeOffset Now = new(2025, 8, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly SourcesOptions Sources = new();

    // Read a minute ago, usually a new entry every six hours: silent after 4 × 6 h = 24 h (the floor is 1 day).
    private static readonly FeedState SixHourly = new()
    {
        Id = "wire", Url = new Uri("https://wire.example.org/rss"), Title = "Wire", NextPollAt = Now,
        LastPolledAt = Now.AddMinutes(-1), LastSuccessAt = Now.AddMinutes(-1), UpdateInterval = TimeSpan.FromHours(6),
    };

    [Fact]
    public void FeedWithoutNewEntries_ForFourTimesItsRhythm_IsSilentSinceItsLastNewEntry()
    {
        Assert.Equal(Now.AddDays(-2), ProblemReview.SilentSince(SixHourly with { LastNewItemAt = Now.AddDays(-2) }, Now, Sources));
    }

    [Fact]
    public void FeedQuietForLessThanItsThreshold_IsNoProblem()
    {
        Assert.Null(ProblemReview.SilentSince(SixHourly with { LastNewItemAt = Now.AddHours(-20) }, Now, Sources));
    }

    [Fact]
    public void FailingFeed_IsReportedAsFailing_NotAlsoAsSilent()
    {
        var failing = SixHourly with { LastNewItemAt = Now.AddDays(-3), LastSuccessAt = Now.AddDays(-1), ConsecutiveFailures = 9, FailingSince = Now.AddDays(-1).AddMinutes(15) };

        Assert.Null(ProblemReview.SilentSince(failing, Now, Sources));
        Assert.Equal(Now.AddDays(-1), ProblemReview.FailingSince(failing, Now, TimeSpan.FromHours(6)));
    }

    [Fact]
    public void FeedNeverRead_IsTimedFromTheStoredStartOfItsFailureRun_EvenAfterOneFailedPoll()
    {
        // One failure only, so the backoff estimate alone would say "just started".
        var feed = SixHourly with { LastSuccessAt = null, ConsecutiveFailures = 1, LastPolledAt = Now, FailingSince = Now.AddHours(-8) };

        Assert.Equal(Now.AddHours(-8), ProblemReview.FailingSince(feed, Now, TimeSpan.FromHours(6)));
    }
}
