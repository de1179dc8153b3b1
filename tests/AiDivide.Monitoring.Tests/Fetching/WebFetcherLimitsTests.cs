using System.Net;
using System.Text;
using AiDivide.Monitoring.Fetching;

namespace AiDivide.Monitoring.Tests.Fetching;

/// <summary>The fetcher against a real hostile server: every limit stops its fault early, with a clear error and bounded memory.</summary>
public sealed class WebFetcherLimitsTests : IAsyncLifetime
{
    private FaultServer server = null!;
    private FetcherRig rig = null!;

    public async Task InitializeAsync()
    {
        server = await FaultServer.StartAsync();
        rig = FetcherRig.Create();
    }

    public async Task DisposeAsync()
    {
        rig.Dispose();
        await server.DisposeAsync();
    }

    [Theory]
    [InlineData("gzip.xml")]
    [InlineData("deflate.xml")]
    [InlineData("br.xml")]
    public async Task FetchFeed_DecodesGzipDeflateAndBrotli(string path)
    {
        var result = await Feed(path);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Contains("Regional compute fund", Encoding.UTF8.GetString(result.Body), StringComparison.Ordinal);
        Assert.True(result.WireBytes < result.BodyBytes, $"{result.WireBytes} bytes on the wire for {result.BodyBytes} decoded");
    }

    [Theory]
    [InlineData("gzip-members.xml")]
    [InlineData("raw-deflate.xml")]
    public async Task FetchFeed_DecodesMultiMemberGzipAndRawDeflate(string path)
    {
        var result = await Feed(path);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(server.Sample("good-feed.xml"), result.Body);
    }

    [Fact]
    public async Task FetchFeed_ReportsAMultiMemberGzipBodyCutInItsLastMember()
    {
        var result = await Feed("truncated-gzip-members.xml");

        Assert.StartsWith("corrupt or truncated gzip body", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gzip-members-bomb.xml", "gzip")]
    [InlineData("raw-deflate-bomb.xml", "deflate")]
    public async Task FetchFeed_StopsABombInASecondMemberOrRawDeflateAtTheDecodedLimit(string path, string coding)
    {
        var result = await Feed(path);

        Assert.Contains($"exceeds the limit of 1048576 bytes after {coding} decompression", result.Error, StringComparison.Ordinal);
        Assert.True(result.BodyBytes <= rig.Options.MaxResponseBytes, $"held {result.BodyBytes} bytes");
    }

    [Fact]
    public async Task FetchFeed_StopsAGzipBombAtTheDecodedLimit()
    {
        var result = await Feed("gzip-bomb.xml");

        Assert.Contains("exceeds the limit of 1048576 bytes after gzip decompression", result.Error, StringComparison.Ordinal);
        Assert.True(result.BodyBytes <= rig.Options.MaxResponseBytes, $"held {result.BodyBytes} bytes");
        Assert.True(result.WireBytes < FaultServer.Bomb.Value.Length, "abandoned before the whole bomb arrived");
    }

    [Fact]
    public async Task FetchFeed_StopsAStreamed200MegabyteBodyAtTheWireLimit()
    {
        var result = await Feed("huge.xml");

        Assert.Contains("exceeds the limit of 1048576 bytes", result.Error, StringComparison.Ordinal);
        Assert.True(result.WireBytes <= rig.Options.MaxTransferBytes + ResponseBodyChunk, $"read {result.WireBytes} bytes");
        Assert.True(rig.Counters.LargestBody <= rig.Options.MaxResponseBytes);
    }

    [Fact]
    public async Task FetchFeed_RefusesADeclared200MegabyteBodyWithoutReadingIt()
    {
        var result = await Feed("huge-declared.xml");

        Assert.Contains($"response of {FaultServer.HugeBodyBytes} bytes exceeds the limit", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, result.WireBytes);
    }

    [Fact]
    public async Task FetchFeed_ReportsATruncatedGzipBody()
    {
        var result = await Feed("truncated-gzip.xml");

        Assert.StartsWith("corrupt or truncated gzip body", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchFeed_GivesUpOnAServerThatNeverAnswers()
    {
        var result = await Feed("hang.xml");

        Assert.Equal("no data for 2 s (Fetching:ReadTimeout)", result.Error);
    }

    [Fact]
    public async Task FetchFeed_GivesUpOnAServerTricklingOneBytePerSecond()
    {
        var result = await Feed("trickle.xml");

        Assert.StartsWith("transfer too slow:", result.Error, StringComparison.Ordinal);
        Assert.True(result.WireBytes < 10, $"{result.WireBytes} bytes trickled in before we gave up");
    }

    [Fact]
    public async Task FetchFeed_StopsARedirectLoopAtTheCap()
    {
        var result = await Feed("loop.xml");

        Assert.StartsWith("too many redirects (more than 5)", result.Error, StringComparison.Ordinal);
        Assert.Equal(6, server.Requests.GetValueOrDefault("/loop.xml") + server.Requests.GetValueOrDefault("/loop-b.xml"));
    }

    [Fact]
    public async Task FetchFeed_FollowsARedirectAndReportsTheFinalUrl()
    {
        var result = await Feed("moved.xml");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(server.UrlOf("good.xml"), result.FinalUrl);
    }

    [Fact]
    public async Task FetchFeed_RefusesARedirectToAnotherScheme()
    {
        var result = await Feed("to-file.xml");

        Assert.Equal("refused: scheme 'file' is not http or https", result.Error);
    }

    [Fact]
    public async Task FetchFeed_RefusesAContentTypeNoFeedHas()
    {
        var result = await Feed("video.xml");

        Assert.Equal("unexpected content type 'video/mp4' for a feed (expected XML, RSS, Atom, JSON or text)", result.Error);
        Assert.Equal(0, result.WireBytes);
    }

    [Fact]
    public async Task FetchFeed_StoresTheStatusOfAServerError()
    {
        var result = await Feed("error500.xml");

        Assert.Equal("HTTP 500 Internal Server Error", result.Error);
        Assert.Equal(HttpStatusCode.InternalServerError, result.StatusCode);
    }

    [Fact]
    public async Task FetchFeed_SendsTheConfiguredUserAgent()
    {
        await Feed("good.xml");

        Assert.Equal(rig.Options.UserAgent, server.UserAgents["/good.xml"]);
    }

    private const int ResponseBodyChunk = 81920;

    private Task<FetchResult> Feed(string path) => rig.Fetcher.FetchFeedAsync(server.UrlOf(path), ConditionalRequest.None, CancellationToken.None);
}
