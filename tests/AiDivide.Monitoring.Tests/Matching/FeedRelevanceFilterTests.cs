using AiDivide.Monitoring.Matching;
using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Matching;

/// <summary>Per-feed relevance filters: a query in the feed list decides which of a broad feed's articles are matched.</summary>
public class FeedRelevanceFilterTests
{
    private static readonly FeedRelevanceFilter Filter = new(() => FeedListLoader.Load(TestPaths.TestData("Sources", "filtered-feeds.json")));

    [Theory]
    [InlineData("front-page", "Budget talks resume", "Ministers met again.", false)]
    [InlineData("front-page", "AI rules agreed", "Ministers met again.", true)]
    [InlineData("front-page", "人工智能大会开幕", "", true)]
    [InlineData("front-page", "AI gadgets you will love", "A sponsored feature.", false)]
    [InlineData("beat", "Budget talks resume", "Ministers met again.", true)]
    public void Admits_OnlyWhatTheFeedsFilterMatches(string feed, string title, string text, bool admitted) =>
        Assert.Equal(admitted, Filter.Admits(feed, new ArticleText(title, text)));

    [Fact]
    public void FeedList_RejectsABadFilter_WithItsPosition()
    {
        var error = Assert.Throws<InvalidDataException>(() => FeedListLoader.Load(TestPaths.TestData("Sources", "bad-filter.json")));
        Assert.Contains("feeds[0].filter position 5:", error.Message, StringComparison.Ordinal);
    }
}
