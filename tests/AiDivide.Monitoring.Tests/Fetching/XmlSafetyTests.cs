using AiDivide.Monitoring.Feeds;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Fetching;

/// <summary>
/// No feed reaches an XML reader that processes a DTD: entity tricks stay literal text, nothing
/// expands, nothing is read from disk or the network. See docs/fetching.md, "XML safety".
/// </summary>
public class XmlSafetyTests
{
    private static readonly Uri FeedUrl = new("https://feeds.example/feed.xml");

    [Fact]
    public void Parse_LeavesABillionLaughsUnexpanded()
    {
        var result = Parse("billion-laughs.xml");

        Assert.True(result.IsSuccess, result.Error);
        var title = Assert.Single(result.Entries).Title;
        Assert.DoesNotContain("lollol", title, StringComparison.Ordinal);
        Assert.True(title.Length < 100, $"title of {title.Length} characters");
    }

    [Fact]
    public void Parse_NeverReadsTheLocalFileAnExternalEntityNames()
    {
        var result = Parse("xxe.xml");

        Assert.True(result.IsSuccess, result.Error);
        var title = Assert.Single(result.Entries).Title;
        Assert.StartsWith("Leak:", title, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NeverLoadsAnExternalDtd()
    {
        var result = Parse("external-dtd.xml");

        Assert.True(result.IsSuccess, result.Error);
        Assert.DoesNotContain("expanded", result.Title ?? string.Empty, StringComparison.Ordinal);
    }

    private static FeedParseResult Parse(string name) =>
        new FeedParser().Parse(File.ReadAllBytes(TestPaths.TestData("Fetching", name)), FeedUrl, "utf-8");
}
