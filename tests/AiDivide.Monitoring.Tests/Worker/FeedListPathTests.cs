using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker;
using AiDivide.Worker.Cli;
using AiDivide.Worker.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace AiDivide.Monitoring.Tests.Worker;

/// <summary>A relative <c>Sources:FeedsFile</c>: the <c>feeds</c> commands edit the file the daemon reads.</summary>
public sealed class FeedListPathTests : IAsyncLifetime
{
    private readonly string folder = $"relative-feeds-{Guid.NewGuid():N}";
    private SampleSite site = null!;

    public async Task InitializeAsync() => site = await SampleSite.StartAsync(TestPaths.TestData("Discovery", "site"));

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        foreach (var root in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            if (Directory.Exists(Path.Combine(root, folder)))
            {
                Directory.Delete(Path.Combine(root, folder), recursive: true);
            }
        }
    }

    [Fact]
    public async Task RelativeFeedsFile_AddImportAndRemove_EditTheListTheDaemonReads()
    {
        string[] config = [$"--Sources:FeedsFile={folder}/feeds.json", "--Fetching:AllowedNetworks:0=127.0.0.0/8", "--Fetching:Timeout=00:00:10"];
        var opml = Path.Combine(AppContext.BaseDirectory, folder, "more.opml");
        Directory.CreateDirectory(Path.GetDirectoryName(opml)!);
        await File.WriteAllTextAsync(opml, $"""<?xml version="1.0"?><opml version="2.0"><head><title>More</title></head><body><outline text="Rss" type="rss" xmlUrl="{site.UrlOf("rss.xml").AbsoluteUri}"/></body></opml>""");
        using var output = new StringWriter();

        Assert.Equal(0, await FeedListCommands.AddAsync(site.UrlOf("feed.json").AbsoluteUri, null, output, config, CancellationToken.None));
        Assert.Equal(0, await FeedListCommands.ImportAsync(opml, output, config, CancellationToken.None));
        Assert.Equal(0, await FeedListCommands.RemoveAsync(site.UrlOf("feed.json").AbsoluteUri, output, config, CancellationToken.None));

        using var daemon = MonitorHost.CreateBuilder(config).Build();
        var catalog = daemon.Services.GetRequiredService<FeedCatalog>();
        Assert.Equal(site.UrlOf("rss.xml"), Assert.Single(catalog.Load()).Url);
        Assert.Contains($"to {catalog.FilePath}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RelativePath_IsTheWorkingDirectorysFile_WhenItHasOne_ElseTheOneBesideTheBinary()
    {
        using var working = new ScratchDirectory();
        using var binary = new ScratchDirectory();
        File.WriteAllText(working.File("mine.json"), "{}");

        Assert.Equal(working.File("mine.json"), ConfigFilePath.Resolve("mine.json", binary.Path, working.Path));
        Assert.Equal(Path.Combine(binary.Path, "config", "feeds.json"), ConfigFilePath.Resolve("config/feeds.json", binary.Path, working.Path));
        Assert.Equal(working.File("mine.json"), ConfigFilePath.Resolve(working.File("mine.json"), binary.Path, "/elsewhere"));
    }
}
