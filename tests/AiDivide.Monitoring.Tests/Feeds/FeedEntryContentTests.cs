using System.Text;
using AiDivide.Monitoring.Feeds;

namespace AiDivide.Monitoring.Tests.Feeds;

/// <summary>Summaries, titles and ids beyond what the corpus expectations pin.</summary>
public class FeedEntryContentTests
{
    private static readonly Uri FeedUrl = new("https://wire.example.org/feed.xml");
    private readonly FeedParser parser = new();

    private FeedParseResult Parse(string xml) => parser.Parse(Encoding.UTF8.GetBytes(xml), FeedUrl);

    [Fact]
    public void Parse_TakesTheSummaryFromDescriptionThenContent()
    {
        var result = Parse(
            "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>T</title>" +
            "<item><title>A</title><link>https://a.example/1</link><description>Short text</description></item>" +
            "<item><title>B</title><link>https://a.example/2</link><content:encoded><![CDATA[<p>Full</p>]]></content:encoded></item>" +
            "</channel></rss>");

        Assert.Equal("Short text", result.Entries[0].Summary);
        Assert.Contains("Full", result.Entries[1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GivesTheSameHashIdToTheSameLinklessItemEveryTime()
    {
        const string Xml = "<rss version=\"2.0\"><channel><title>T</title><item><title>Only a title</title><pubDate>Mon, 28 Jul 2025 08:00:00 GMT</pubDate></item></channel></rss>";

        var first = Assert.Single(Parse(Xml).Entries).Id;
        var second = Assert.Single(Parse(Xml.Replace("GMT", "+0000", StringComparison.Ordinal)).Entries).Id;

        Assert.StartsWith("urn:sha256:", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Parse_ReportsEachRepairWithWhatItTouched()
    {
        var result = Parse("<rss version=\"2.0\"><channel><title>Caf&eacute; &amp; AT&T</title><item><title>x</title><link>https://a.example/1</link>");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Café & AT&T", result.Title);
        var kinds = result.Repairs.Select(r => r.Kind).ToList();
        Assert.Contains(FeedRepairKinds.HtmlEntity, kinds);
        Assert.Contains(FeedRepairKinds.BareAmpersand, kinds);
        Assert.Contains(FeedRepairKinds.Truncated, kinds);
        Assert.Contains(result.Repairs, r => r.Detail.Contains("&eacute;", StringComparison.Ordinal));
    }
}
