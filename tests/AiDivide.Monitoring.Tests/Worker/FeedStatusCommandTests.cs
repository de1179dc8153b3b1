using System.Text.Json;
using System.Text.Json.Nodes;
using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Storage.Sqlite;
using AiDivide.Worker.Cli;

namespace AiDivide.Monitoring.Tests.Worker;

/// <summary><c>feeds status</c> and <c>feeds poll-now</c> against a SQLite store prepared by the test.</summary>
public sealed class FeedStatusCommandTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Uri Failing = new("https://failing.example.org/feed.xml");
    private static readonly Uri Fresh = new("https://fresh.example.org/feed.xml");
    private readonly ScratchDirectory scratch = new();

    public void Dispose() => scratch.Dispose();

    private string[] Config =>
    [
        $"--Sources:FeedsFile={scratch.File("feeds.json")}",
        $"--Storage:SqlitePath={scratch.File("monitor.db")}",
        $"--Matching:WatchlistFile={TestPaths.TestData("Site", "watchlist.json")}",
    ];

    private async Task<SqliteMonitorStore> PrepareAsync()
    {
        await File.WriteAllTextAsync(scratch.File("feeds.json"), JsonSerializer.Serialize(new
        {
            feeds = new object[] { new { id = "failing", url = Failing.AbsoluteUri, title = "Failing" }, new { id = "fresh", url = Fresh.AbsoluteUri } },
        }));
        var store = new SqliteMonitorStore(scratch.File("monitor.db"));
        await store.InitializeAsync(None);
        var now = TimeProvider.System.GetUtcNow();
        await store.SyncFeedsAsync([new FeedDefinition("failing", Failing, "Failing"), new FeedDefinition("fresh", Fresh, "fresh")], now, None);
        var claimed = await store.ClaimDueFeedsAsync("test", now, now, TimeSpan.FromMinutes(5), 10, None);
        await store.CompletePollAsync("failing", "test", new FeedPollOutcome(now.AddHours(-1), now.AddDays(1), "HTTP 503 Service Unavailable") { FailingSince = now.AddHours(-1) }, None);
        await store.ReleaseFeedAsync("fresh", "test", None);
        return store;
    }

    [Fact]
    public async Task Status_WithJson_GivesEachFeedsStateFailuresAndNextPoll()
    {
        await PrepareAsync();
        using var output = new StringWriter();

        var exitCode = await FeedStatusCommand.StatusAsync(json: true, output, Config, None);

        Assert.Equal(0, exitCode);
        var feeds = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToDictionary(n => (string)n["id"]!);
        Assert.Equal(("failing", 1, "HTTP 503 Service Unavailable"), ((string?)feeds["failing"]["state"], (int)feeds["failing"]["consecutiveFailures"]!, (string?)feeds["failing"]["lastError"]));
        Assert.Equal("new", (string?)feeds["fresh"]["state"]);
    }

    [Fact]
    public async Task Status_AsATable_PutsFailingFeedsFirst_WithTheirError()
    {
        await PrepareAsync();
        using var output = new StringWriter();

        await FeedStatusCommand.StatusAsync(json: false, output, Config, None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("feed", lines[0], StringComparison.Ordinal);
        Assert.Matches("^failing +failing since .+ never +1 +HTTP 503 Service Unavailable", lines[1]);
        Assert.Matches("^fresh +new +never +0 +due", lines[2]);
        Assert.Equal("2 feeds: 1 new, 1 failing", lines[3].Trim());
    }

    [Fact]
    public async Task PollNow_MakesTheNamedFeedDue_ByIdOrUrl_OrEveryFeed()
    {
        var store = await PrepareAsync();
        using var output = new StringWriter();

        Assert.Equal(0, await FeedStatusCommand.PollNowAsync(Failing.AbsoluteUri, all: false, output, Config, None));
        Assert.True((await store.ListFeedsAsync(None)).Single(f => f.Id == "failing").NextPollAt <= TimeProvider.System.GetUtcNow());
        Assert.Equal(1, await FeedStatusCommand.PollNowAsync("no-such-feed", all: false, output, Config, None));
        Assert.Equal(0, await FeedStatusCommand.PollNowAsync(null, all: true, output, Config, None));
        Assert.Contains("2 feed(s) due now", output.ToString(), StringComparison.Ordinal);
    }
}
