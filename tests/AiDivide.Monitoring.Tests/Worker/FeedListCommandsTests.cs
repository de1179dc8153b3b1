using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker.Cli;
using AiDivide.Worker.Demo;

namespace AiDivide.Monitoring.Tests.Worker;

/// <summary><c>feeds add|remove|list|import|export</c> against a loopback site and a scratch feed list.</summary>
public sealed class FeedListCommandsTests : IAsyncLifetime
{
    private readonly ScratchDirectory scratch = new();
    private SampleSite site = null!;
    private SampleSite bare = null!;

    private string FeedsFile => scratch.File("feeds.json");

    private string[] Config => [$"--Sources:FeedsFile={FeedsFile}", "--Fetching:AllowedNetworks:0=127.0.0.0/8", "--Fetching:Timeout=00:00:10"];

    public async Task InitializeAsync()
    {
        site = await SampleSite.StartAsync(TestPaths.TestData("Discovery", "site"));
        bare = await SampleSite.StartAsync(TestPaths.TestData("Discovery", "bare"));
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        await bare.DisposeAsync();
        scratch.Dispose();
    }

    [Fact]
    public async Task Add_OfAPage_AddsTheFeedItAdvertises_AndNamesTheOthers()
    {
        using var output = new StringWriter();

        var exitCode = await FeedListCommands.AddAsync(site.UrlOf("index.html").AbsoluteUri, null, output, Config, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var feed = Assert.Single(FeedListLoader.Load(FeedsFile));
        Assert.Equal((site.UrlOf("news.xml"), "Tidewater Review — all stories"), (feed.Url, feed.Title));
        Assert.Contains(site.UrlOf("feed.json").AbsoluteUri, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_OfAPageWithoutLinks_FindsTheFeedAtAUsualPath()
    {
        using var output = new StringWriter();

        var exitCode = await FeedListCommands.AddAsync(site.UrlOf("plain.html").AbsoluteUri, null, output, Config, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Equal(site.UrlOf("rss.xml"), Assert.Single(FeedListLoader.Load(FeedsFile)).Url);
        Assert.Contains("usual path /rss.xml", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_OfAFeed_TakesItAsIs_WithTheGivenTitle_AndOnlyOnce()
    {
        using var output = new StringWriter();

        await FeedListCommands.AddAsync(site.UrlOf("feed.json").AbsoluteUri, "Tidewater JSON", output, Config, CancellationToken.None);
        var again = await FeedListCommands.AddAsync(site.UrlOf("feed.json").AbsoluteUri, null, output, Config, CancellationToken.None);

        Assert.Equal(0, again);
        var feed = Assert.Single(FeedListLoader.Load(FeedsFile));
        Assert.Equal((site.UrlOf("feed.json"), "Tidewater JSON"), (feed.Url, feed.Title));
        Assert.Contains("already listed", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_WhereNoFeedCanBeFound_SaysWhatWasTried_AndChangesNothing()
    {
        using var output = new StringWriter();

        var exitCode = await FeedListCommands.AddAsync(bare.UrlOf("index.html").AbsoluteUri, null, output, Config, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains("no feed found", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(FeedsFile));
    }

    [Fact]
    public async Task Add_OfAPrivateAddress_IsRefusedByTheFetcher_WhenPrivateNetworksAreNotAllowed()
    {
        using var output = new StringWriter();

        var exitCode = await FeedListCommands.AddAsync(site.UrlOf("news.xml").AbsoluteUri, null, output, [$"--Sources:FeedsFile={FeedsFile}"], CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains("non-public addresses", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(FeedsFile));
    }

    [Fact]
    public async Task Remove_ByUrlOrId_TakesTheFeedOut_AndListShowsTheRest()
    {
        File.Copy(TestPaths.TestData("Sources", "feeds-with-extras.json"), FeedsFile);
        using var output = new StringWriter();

        Assert.Equal(0, await FeedListCommands.RemoveAsync("https://quayside.example.org/feed.xml", output, Config, CancellationToken.None));
        Assert.Equal(1, await FeedListCommands.RemoveAsync("no-such-feed", output, Config, CancellationToken.None));
        using var listed = new StringWriter();
        await FeedListCommands.ListAsync(listed, Config, CancellationToken.None);

        Assert.StartsWith("lantern\tLantern Policy Daily\thttps://lantern.example.org/feed.xml", listed.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 feeds in", listed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AddsTheNewFeedsOfAnOpmlFile_AndExport_WritesTheWholeList()
    {
        File.Copy(TestPaths.TestData("Sources", "feeds-with-extras.json"), FeedsFile);
        using var output = new StringWriter();

        var imported = await FeedListCommands.ImportAsync(TestPaths.TestData("Sources", "subscriptions.opml"), output, Config, CancellationToken.None);
        var exportPath = scratch.File("out.opml");
        var exported = await FeedListCommands.ExportAsync(exportPath, output, Config, CancellationToken.None);

        Assert.Equal((0, 0), (imported, exported));
        Assert.Contains("imported 1 new feeds", output.ToString(), StringComparison.Ordinal);
        await using var stream = File.OpenRead(exportPath);
        Assert.Equal(
            ["https://lantern.example.org/feed.xml", "https://quayside.example.org/feed.xml", "https://ledger.example.org/rss"],
            OpmlDocument.Read(stream).Select(o => o.FeedUrl.AbsoluteUri));
    }
}
