using System.Text.Json.Nodes;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker.Cli;
using AiDivide.Worker.Demo;

namespace AiDivide.Monitoring.Tests.Worker;

public class FeedsCommandTests
{
    private static string Corpus(string file) => TestPaths.TestData("Feeds", "Corpus", file);

    [Fact]
    public async Task FeedsTest_WithJson_PrintsOneObjectPerInput_WithEntriesRepairsAndError()
    {
        using var output = new StringWriter();

        var exitCode = await FeedsCommand.RunAsync([Corpus("rep-html-entities.xml"), Corpus("hostile-deep-nesting.xml")], json: true, output, [], CancellationToken.None);

        Assert.Equal(1, exitCode);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var good = JsonNode.Parse(lines[0])!;
        Assert.Equal("Harbour Policy Wire", (string?)good["title"]);
        Assert.Equal("Café talks on the AI divide — day one", (string?)good["entries"]![0]!["title"]);
        Assert.Equal("https://wire.example.org/a/1", (string?)good["entries"]![0]!["link"]);
        Assert.Equal("2025-07-28T08:00:00+00:00", (string?)good["entries"]![0]!["published"]);
        Assert.Equal("html-entity", (string?)good["repairs"]![0]!["kind"]);
        Assert.Null((string?)good["error"]);
        Assert.StartsWith("refused", (string?)JsonNode.Parse(lines[1])!["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedsTest_ShowsWhatWasRecoveredAndWhy()
    {
        using var output = new StringWriter();

        var exitCode = await FeedsCommand.RunAsync([Corpus("rep-truncated-in-text.xml")], json: false, output, [], CancellationToken.None);

        Assert.Equal(0, exitCode);
        var text = output.ToString();
        Assert.Contains("feed: Harbour Policy Wire — 3 entries", text, StringComparison.Ordinal);
        Assert.Contains("- truncated: the document ends inside <description>", text, StringComparison.Ordinal);
        Assert.Contains("3. Third item, cut off", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedsTest_OfAUrl_ShowsWhatEachPageWouldGiveTheExtractorAndTheWatchlist()
    {
        await using var site = await SampleSite.StartAsync(TestPaths.Site);
        string[] config = ["--Fetching:AllowedNetworks:0=127.0.0.0/8", "--Fetching:Timeout=00:00:10", $"--Matching:WatchlistFile={TestPaths.TestData("Site", "watchlist.json")}"];
        using var output = new StringWriter();

        var exitCode = await FeedsCommand.RunAsync([site.UrlOf("feeds/atom.xml").AbsoluteUri], json: true, output, config, CancellationToken.None, pages: 1);

        Assert.Equal(0, exitCode);
        var page = Assert.Single(JsonNode.Parse(output.ToString())!["pages"]!.AsArray())!;
        Assert.Null((string?)page["error"]);
        Assert.True((int)page["words"]! > 50);
        Assert.Contains(page["mentions"]!.AsArray(), m => (string?)m!["entity"] == "song-haitao");
    }
}
