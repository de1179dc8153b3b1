using AiDivide.Monitoring.Oversight;
using AiDivide.Monitoring.Storage;

namespace AiDivide.Monitoring.Tests.Oversight;

/// <summary>When a failing feed becomes the operator's problem.</summary>
public sealed class FailingFeedRuleTests
{
    private static readonly DateTimeOffset Now = new(2025, 8, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Threshold = TimeSpan.FromHours(6);

    private static readonly FeedState Feed = new() { Id = "f", Url = new Uri("https://example.org/rss"), Title = "f", NextPollAt = Now };

    [Fact]
    public void HealthyFeed_IsNoProblem() =>
        Assert.Null(ProblemReview.FailingSince(Feed with { LastSuccessAt = Now.AddDays(-3) }, Now, Threshold));

    [Fact]
    public void FailingFeed_IsAProblemOnlyOnceItsLastGoodPollIsOlderThanTheThreshold()
    {
        var failing = Feed with { ConsecutiveFailures = 4, LastPolledAt = Now };

        Assert.Null(ProblemReview.FailingSince(failing with { LastSuccessAt = Now.AddHours(-5) }, Now, Threshold));
        Assert.Equal(Now.AddHours(-7), ProblemReview.FailingSince(failing with { LastSuccessAt = Now.AddHours(-7) }, Now, Threshold));
    }
}
