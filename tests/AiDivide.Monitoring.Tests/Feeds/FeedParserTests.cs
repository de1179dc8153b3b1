using AiDivide.Monitoring.Feeds;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Feeds;

public class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://wire.example.org/feeds/all.xml");
    private readonly FeedParser parser = new();

    private FeedParseResult Parse(string file) => parser.Parse(File.ReadAllBytes(TestPaths.TestData("Feeds", file)), FeedUrl);

    [Fact]
    public void Parse_ReadsRss2ItemsWithGuidLinkAndDate()
    {
        var result = Parse("rss2.xml");

        Assert.True(result.IsSuccess, result.Error);
        var first = result.Entries[0];
        Assert.Equal("wire-2025-0727-001", first.Id);
        Assert.Equal("https://wire.example.org/2025/07/27/ai-divide-forum.html", first.Link!.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2025, 7, 27, 2, 30, 0, TimeSpan.Zero), first.Published);
    }

    [Fact]
    public void Parse_ResolvesRelativeLinksAndFallsBackToTheLinkAsId()
    {
        var second = Parse("rss2.xml").Entries[1];

        Assert.Equal("https://wire.example.org/2025/07/28/relative.html", second.Link!.AbsoluteUri);
        Assert.Equal(second.Link.AbsoluteUri, second.Id);
        Assert.Equal("Relative link & no guid", second.Title);
    }

    [Fact]
    public void Parse_ReadsRss1Rdf()
    {
        var entry = Assert.Single(Parse("rdf.xml").Entries);

        Assert.Equal("世界人工智能大会开幕", entry.Title);
        Assert.Equal("https://east.example.cn/zh/waic.html", entry.Link!.AbsoluteUri);
    }

    [Fact]
    public void Parse_ReadsAtomWithItsIdAndAlternateLink()
    {
        var entry = Assert.Single(Parse("atom.xml").Entries);

        Assert.Equal("urn:meridian:tech:4411", entry.Id);
        Assert.Equal("https://meridian.example.com/tech/compute-costs", entry.Link!.AbsoluteUri);
    }

    [Theory]
    [InlineData("malformed.xml", "malformed XML")]
    [InlineData("not-a-feed.html", "HTML page")]
    [InlineData("entity-expansion.xml", "declares XML entities")]
    public void Parse_ReportsWhyABadDocumentIsNotAFeed(string file, string reason)
    {
        var result = Parse(file);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Entries);
    }
}
