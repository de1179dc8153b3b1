using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Sources;

/// <summary>The feed list's per-feed "backlog" and "maxArticleAge" fields.</summary>
public sealed class FeedListAlertingTests
{
    [Fact]
    public void BacklogAndMaxArticleAge_AreReadPerFeed_AndLeftUnsetWhenAbsent()
    {
        var feeds = FeedListLoader.Load(TestPaths.TestData("Sources", "backlog-feeds.json")).ToDictionary(f => f.Id);

        Assert.Equal(BacklogPolicy.Alert, feeds["wire"].Backlog);
        Assert.Equal(TimeSpan.FromDays(2), feeds["wire"].MaxArticleAge);
        Assert.Equal(BacklogPolicy.Seed, feeds["archive"].Backlog);
        Assert.Null(feeds["archive"].MaxArticleAge);
        Assert.Null(feeds["plain"].Backlog);
    }

    [Fact]
    public void UnknownBacklogValue_FailsNamingTheFeedAndField()
    {
        var error = Assert.Throws<InvalidDataException>(() => FeedListLoader.Load(TestPaths.TestData("Sources", "bad-backlog.json")));

        Assert.Contains("feeds[1].backlog 'flood' is not \"seed\" or \"alert\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxArticleAgeThatIsNotADuration_FailsNamingTheFeedAndField()
    {
        var error = Assert.Throws<InvalidDataException>(() => FeedListLoader.Load(TestPaths.TestData("Sources", "bad-max-age.json")));

        Assert.Contains("feeds[0].maxArticleAge 'two days' is not a positive duration", error.Message, StringComparison.Ordinal);
    }
}
