using AiDivide.Monitoring.Feeds;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Feeds;

public class FeedUpdateHintsTests
{
    private static readonly Uri FeedUrl = new("https://quayside.example.org/feed.xml");

    private static FeedParseResult Parse(string file) => new FeedParser().Parse(File.ReadAllBytes(TestPaths.TestData("Sources", file)), FeedUrl);

    [Fact]
    public void RssTtl_IsReadAsMinutes()
    {
        var result = Parse("ttl-feed.xml");

        Assert.Equal((TimeSpan.FromHours(3), (TimeSpan?)null), (result.TimeToLive, result.UpdatePeriod));
    }

    [Fact]
    public void SyndicationModule_PeriodIsDividedByFrequency()
    {
        var result = Parse("sy-feed.rdf");

        Assert.Equal(((TimeSpan?)null, TimeSpan.FromMinutes(30)), (result.TimeToLive, result.UpdatePeriod));
    }

    [Theory]
    [InlineData("<ttl>0</ttl>")]
    [InlineData("<ttl>-5</ttl>")]
    [InlineData("<ttl>soon</ttl>")]
    [InlineData("<sy:updatePeriod xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\">fortnightly</sy:updatePeriod>")]
    public void NonsenseHints_ReadAsNoHint_AndTheFeedIsStillRead(string channelChild)
    {
        var xml = $"<rss version=\"2.0\"><channel><title>T</title>{channelChild}<item><title>A</title><link>https://quayside.example.org/a</link></item></channel></rss>";

        var result = new FeedParser().Parse(System.Text.Encoding.UTF8.GetBytes(xml), FeedUrl);

        Assert.Equal((1, (TimeSpan?)null, (TimeSpan?)null), (result.Entries.Count, result.TimeToLive, result.UpdatePeriod));
    }
}
