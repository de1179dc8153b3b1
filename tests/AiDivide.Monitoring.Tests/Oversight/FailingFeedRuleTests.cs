using AiDivide.Monitoring.Oversight;
using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;

namespace AiDivide.Monitoring.Tests.Oversight;

/// <summary>When a failing feed becomes the operator's problem.</summary>
public sealed class FailingFeedRuleTests
{
    private static readonly DateTimeOffset Now = new(2025, 8, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Threshold = TimeSpan.FromHours(6);
    private static readonly SourcesOptions Sources = new();

    private static readonly FeedState Feed = new() { Id = "f", Url = new Uri("https://example.org/rss"), Title = "f", NextPollAt = Now };

    [Fact]
    public void HealthyFeed_IsNoProblem() =>
        Assert.Null(ProblemReview.FailingSince(Feed with { LastSuccessAt = Now.AddDays(-3) }, Now, Threshold, Sources));

    [Fact]
    public void FailingFeed_IsAProblemOnlyOnceItsLastGoodPollIsOlderThanTheThreshold()
    {
        var failing = Feed with { ConsecutiveFailures = 4, LastPolledAt = Now };

        Assert.Null(ProblemReview.FailingSince(failing with { LastSuccessAt = Now.AddHours(-5) }, Now, Threshold, Sources));
        Assert.Equal(Now.AddHours(-7), ProblemReview.FailingSince(failing with { LastSuccessAt = Now.AddHours(-7) }, Now, Threshold, Sources));
    }

    [Fact]
    public void FeedNeverRead_IsTimedFromItsFirstAttempt_ThroughTheBackoffBetweenItsFailures()
    {
        // Backoff from 15 minutes doubling: 15m + 30m + 1h + 2h + 4h ≈ 7h45m (±20% jitter) across six failures.
        var sixFailures = Feed with { ConsecutiveFailures = 6, LastPolledAt = Now };
        var twoFailures = Feed with { ConsecutiveFailures = 2, LastPolledAt = Now };

        Assert.NotNull(ProblemReview.FailingSince(sixFailures, Now, Threshold, Sources));
        Assert.Null(ProblemReview.FailingSince(twoFailures, Now, Threshold, Sources));
    }
}
