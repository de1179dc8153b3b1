using AiDivide.Monitoring.Fetching;
using Microsoft.Extensions.Time.Testing;

namespace AiDivide.Monitoring.Tests.Fetching;

/// <summary>robots.txt for pages, and Retry-After holding a host back, against a real loopback server.</summary>
public sealed class WebFetcherPolitenessTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 8, 4, 6, 0, 0, TimeSpan.Zero));
    private FaultServer server = null!;
    private FetcherRig rig = null!;

    public async Task InitializeAsync()
    {
        server = await FaultServer.StartAsync();
        rig = FetcherRig.Create(time: clock);
    }

    public async Task DisposeAsync()
    {
        rig.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task FetchPage_RefusesAPathTheSitesRobotsTxtDisallows_WithoutRequestingIt()
    {
        var result = await Page("private/memo.html");

        Assert.Equal("disallowed by robots.txt of 127.0.0.2 (Disallow: /private/)", result.Error);
        Assert.False(server.Requests.ContainsKey("/private/memo.html"));
        Assert.Equal(1, rig.Counters.RobotsRefusals);
        Assert.Equal(1, rig.Counters.Fetches(FetchPurpose.Page, FetchOutcome.NotSent));
        Assert.Equal(1, rig.Counters.Fetches(FetchPurpose.Robots, FetchOutcome.Success));
    }

    [Fact]
    public async Task FetchPage_AsksForRobotsTxtOncePerHost_UntilItsTimeToLivePasses()
    {
        Assert.True((await Page("articles/compute-fund.html")).IsSuccess);
        Assert.True((await Page("private/open-letter.html")).IsSuccess);
        clock.Advance(rig.Options.RobotsCacheTtl);
        Assert.True((await Page("articles/compute-fund.html")).IsSuccess);

        Assert.Equal(2, server.Requests["/robots.txt"]);
    }

    [Theory]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, true)]
    [InlineData(500, true)]
    public async Task FetchPage_ReadsARobotsTxtErrorAsWeDocumented(int status, bool allowed)
    {
        server.RobotsStatus = status;

        var result = await Page("articles/compute-fund.html");

        Assert.Equal(allowed, result.IsSuccess);
        Assert.Equal(allowed, server.Requests.ContainsKey("/articles/compute-fund.html"));
    }

    [Fact]
    public async Task FetchFeed_NeverAsksRobotsTxt()
    {
        server.RobotsStatus = 403;

        var result = await rig.Fetcher.FetchFeedAsync(server.UrlOf("good.xml"), ConditionalRequest.None, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error);
        Assert.False(server.Requests.ContainsKey("/robots.txt"));
    }

    [Fact]
    public async Task Fetch_HoldsAHostBackUntilItsRetryAfterHasPassed()
    {
        var busy = await rig.Fetcher.FetchFeedAsync(server.UrlOf("busy.xml"), ConditionalRequest.None, CancellationToken.None);
        var meanwhile = await rig.Fetcher.FetchFeedAsync(server.UrlOf("good.xml"), ConditionalRequest.None, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(120));
        var after = await rig.Fetcher.FetchFeedAsync(server.UrlOf("good.xml"), ConditionalRequest.None, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(120), busy.RetryAfter);
        Assert.Equal("not sent: 127.0.0.2 asked us to wait until 2025-08-04 06:02:00Z (Retry-After)", meanwhile.Error);
        Assert.Equal(TimeSpan.FromSeconds(120), meanwhile.RetryAfter);
        Assert.True(after.IsSuccess, after.Error);
        Assert.Equal(1, server.Requests["/good.xml"]);
        Assert.Equal(1, rig.Counters.HostsHeldBack);
        Assert.Equal(
            (1, 1, 1),
            (rig.Counters.Fetches(FetchPurpose.Feed, FetchOutcome.HttpError), rig.Counters.Fetches(FetchPurpose.Feed, FetchOutcome.NotSent), rig.Counters.Fetches(FetchPurpose.Feed, FetchOutcome.Success)));
    }

    [Fact]
    public async Task FetchPage_SpacesTheHostByTheCrawlDelayOfItsRobotsTxt()
    {
        server.RobotsText = "User-agent: *\nCrawl-delay: 0.2\nDisallow: /private/\n";
        // Real time here: the page waits out the delay after the robots.txt request, which a fake clock would freeze.
        using var realTime = FetcherRig.Create();

        var result = await realTime.Fetcher.FetchPageAsync(server.UrlOf("articles/compute-fund.html"), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(TimeSpan.FromSeconds(0.2), realTime.Gate.SpacingOf("127.0.0.2"));
    }

    private Task<FetchResult> Page(string path) => rig.Fetcher.FetchPageAsync(server.UrlOf(path), CancellationToken.None);
}
