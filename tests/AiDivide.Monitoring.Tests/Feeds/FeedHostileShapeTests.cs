using System.Diagnostics;
using System.Text;
using AiDivide.Monitoring.Feeds;

namespace AiDivide.Monitoring.Tests.Feeds;

[CollectionDefinition(nameof(CpuHeavyFeedTests), DisableParallelization = true)]
public sealed class CpuHeavyFeedTests;

/// <summary>Hostile documents are refused or defused quickly, and real nesting is not mistaken for an attack.</summary>
/// <remarks>Run alone: their time limits mean something only without other tests on the same cores, and they would slow time-sensitive tests.</remarks>
[Collection(nameof(CpuHeavyFeedTests))]
public class FeedHostileShapeTests
{
    private static readonly Uri FeedUrl = new("https://wire.example.org/feed.xml");
    private readonly FeedParser parser = new();

    [Theory]
    [InlineData("<a>", "</a>")]
    [InlineData("<p><b>", "")]
    [InlineData("<div><span>", "")]
    public void Parse_RefusesAHundredThousandLevelsQuickly(string open, string close)
    {
        var body = Encoding.UTF8.GetBytes(
            "<rss version=\"2.0\"><channel><title>Deep</title><item><description>" +
            string.Concat(Enumerable.Repeat(open, 100_000)) + string.Concat(Enumerable.Repeat(close, 100_000)) +
            "</description></item></channel></rss>");
        parser.Parse(body, FeedUrl);
        var clock = Stopwatch.StartNew();

        var result = parser.Parse(body, FeedUrl);

        clock.Stop();
        Assert.False(result.IsSuccess);
        Assert.StartsWith("refused: elements nested more than", result.Error, StringComparison.Ordinal);
        Assert.True(clock.ElapsedMilliseconds < 500, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Parse_ReadsTenThousandUnclosedItemsAsSiblings_InLinearTime()
    {
        var body = Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>T</title>" + string.Concat(Enumerable.Repeat("<item><title>t</title><x>", 10_000)) + "</channel></rss>");
        var clock = Stopwatch.StartNew();

        var result = parser.Parse(body, FeedUrl);

        Assert.Equal(10_000, result.Entries.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Parse_AcceptsDeepButRealXhtmlContent()
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", 60)) + "text" + string.Concat(Enumerable.Repeat("</div>", 60));
        var body = Encoding.UTF8.GetBytes(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>X</title><entry><title>Deep XHTML</title><id>urn:x:1</id>" +
            $"<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">{nested}</div></content></entry></feed>");

        var result = parser.Parse(body, FeedUrl);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Deep XHTML", Assert.Single(result.Entries).Title);
    }

    [Fact]
    public void Parse_CapsTheExpansionOfPlainDeclaredEntities()
    {
        var value = new string('x', 1000);
        var body = Encoding.UTF8.GetBytes(
            $"<!DOCTYPE rss [<!ENTITY x \"{value}\">]><rss version=\"2.0\"><channel><title>T</title><item><title>" +
            string.Concat(Enumerable.Repeat("&x;", 5000)) + "</title><guid>g</guid></item></channel></rss>");

        var result = parser.Parse(body, FeedUrl);

        Assert.True(result.IsSuccess, result.Error);
        Assert.True(Assert.Single(result.Entries).Title.Length <= DoctypeEntities.MaxExpandedCharacters + (5000 * 3));
    }

    [Fact]
    public void Parse_RefusesDocumentsLargerThanTheCap()
    {
        var body = new byte[FeedPreScan.MaxLength + 1];
        body.AsSpan().Fill((byte)' ');

        var result = parser.Parse(body, FeedUrl);

        Assert.StartsWith("refused: the document has", result.Error, StringComparison.Ordinal);
    }
}
