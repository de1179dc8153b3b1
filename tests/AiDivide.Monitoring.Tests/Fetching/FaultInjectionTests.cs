namespace AiDivide.Monitoring.Tests.Fetching;

/// <summary>
/// Hostile servers through the real daemon pipeline: each feed gets a clear stored error (or is read
/// safely), the cycle completes, the good feed beside them is processed, and memory stays bounded.
/// </summary>
public sealed class FaultInjectionTests(FaultCycle cycle) : IClassFixture<FaultCycle>
{
    [Theory]
    [InlineData("error500.xml", "HTTP 500 Internal Server Error")]
    [InlineData("hang.xml", "no data for 3 s (Fetching:ReadTimeout)")]
    [InlineData("trickle.xml", "transfer too slow:")]
    [InlineData("truncated-gzip.xml", "corrupt or truncated gzip body")]
    [InlineData("gzip-bomb.xml", "response exceeds the limit of 2097152 bytes after gzip decompression")]
    [InlineData("huge.xml", "response exceeds the limit of 2097152 bytes on the wire")]
    [InlineData("html-instead.xml", "not a feed: the response is an HTML page")]
    [InlineData("loop.xml", "too many redirects (more than 5)")]
    [InlineData("to-loopback.xml", "refused to connect to '127.0.0.1'")]
    [InlineData("to-metadata.xml", "refused to connect to '169.254.169.254'")]
    [InlineData("video.xml", "unexpected content type 'video/mp4' for a feed")]
    public void Cycle_StoresAClearErrorOnEachHostileFeed(string path, string error)
    {
        var feed = cycle.Feed(path);

        Assert.Equal(1, feed.ConsecutiveFailures);
        Assert.StartsWith(error, feed.LastError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("billion-laughs.xml")]
    [InlineData("xxe.xml")]
    [InlineData("external-dtd.xml")]
    [InlineData("wrong-charset.xml")]
    public void Cycle_ReadsHostileXmlSafely_WithoutFetchingAnyDtd(string path)
    {
        var feed = cycle.Feed(path);

        // Read as a feed (entities left as text, see XmlSafetyTests), and no DTD was ever asked for.
        Assert.Null(feed.LastError);
        Assert.NotNull(feed.LastSuccessAt);
        Assert.False(cycle.Server.Requests.ContainsKey("/evil.dtd"));
        Assert.False(cycle.Server.Requests.ContainsKey("/remote.dtd"));
    }

    [Fact]
    public void Cycle_StoresTheRetryAfterAnswerOfABusyHost()
    {
        // On its own host (127.0.0.3), since the Retry-After hold covers every request to that host.
        Assert.Equal("HTTP 503 Service Unavailable", cycle.Feed("busy.xml").LastError);
        Assert.Equal(2, cycle.BusyServer.Requests.GetValueOrDefault("/busy.xml"));
    }

    [Fact]
    public void Cycle_ProcessesTheGoodFeedBesideTheHostileOnes()
    {
        var good = cycle.Feed("good.xml");

        Assert.Null(good.LastError);
        Assert.NotNull(good.LastSuccessAt);
        Assert.Equal(1, cycle.Server.Requests.GetValueOrDefault("/articles/compute-fund.html"));
        Assert.True(cycle.ArticlesStored >= 1);
    }

    [Fact]
    public void Cycle_PollsEveryFeed_AndTheNextCyclePollsThemAgain()
    {
        Assert.Equal(FaultCycle.FaultPaths.Length + 2, cycle.Report.FeedsPolled);
        Assert.Equal(FaultCycle.FaultPaths.Length + 2, cycle.NextReport.FeedsPolled);
    }

    [Fact]
    public void Cycle_NeverHoldsMoreThanTheLimitInMemory_NorReadsTheHugeBodies()
    {
        Assert.True(cycle.Counters.LargestBody <= FaultCycle.MaxBytes, $"largest body held: {cycle.Counters.LargestBody} bytes");
        // Two cycles over a 200 MB body and a 64 MB bomb, and all of it came to a few caps' worth.
        Assert.True(cycle.Counters.WireBytes < 8 * FaultCycle.MaxBytes, $"{cycle.Counters.WireBytes} bytes read in all");
    }
}
