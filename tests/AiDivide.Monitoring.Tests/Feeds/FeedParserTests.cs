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
    [InlineData("not-a-feed.html", "HTML page")]
    public void Parse_ReportsWhyABadDocumentIsNotAFeed(string file, string reason)
    {
        var result = Parse(file);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Entries);
    }

    [Fact]
    public void Parse_RecoversATruncatedFeed_AndSaysSo()
    {
        var result = Parse("malformed.xml");

        Assert.True(result.IsSuccess, result.Error);
        var entry = Assert.Single(result.Entries);
        Assert.Equal("https://broken.example.org/a", entry.Link!.AbsoluteUri);
        Assert.Contains(result.Repairs, repair => repair.Kind == FeedRepairKinds.Truncated);
    }

    [Fact]
    public void Parse_NeverExpandsDeclaredEntities()
    {
        var result = Parse("entity-expansion.xml");

        var entry = Assert.Single(result.Entries);
        Assert.Equal("&c;", entry.Title);
        Assert.Equal("https://x.example/a", entry.Link!.AbsoluteUri);
        Assert.Contains(result.Repairs, repair => repair.Kind == FeedRepairKinds.Doctype);
    }

    [Fact]
    public void Parse_UsesTheHttpCharsetWhenTheDocumentDeclaresNone()
    {
        var body = System.Text.Encoding.Latin1.GetBytes("<rss version=\"2.0\"><channel><title>Caf\u00e9</title></channel></rss>");

        var result = parser.Parse(body, FeedUrl, "iso-8859-1");

        Assert.Equal("Café", result.Title);
        Assert.StartsWith("windows-1252 (http)", result.Encoding, StringComparison.Ordinal);
    }
}
