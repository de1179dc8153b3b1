using AiDivide.Monitoring.Fetching;

namespace AiDivide.Monitoring.Tests.Fetching;

/// <summary>The connect-time guard, seen from outside: nothing internal is reached unless allowed, however the request gets there.</summary>
public sealed class SsrfGuardTests : IAsyncLifetime
{
    private FaultServer server = null!;

    public async Task InitializeAsync() => server = await FaultServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Fetch_RefusesLoopbackWhenNothingIsAllowed()
    {
        using var rig = FetcherRig.Create(new Dictionary<string, string?> { ["Fetching:AllowedNetworks:0"] = null });

        var result = await rig.Fetcher.FetchFeedAsync(server.UrlOf("good.xml"), ConditionalRequest.None, CancellationToken.None);

        Assert.Contains("refused to connect to '127.0.0.2': it resolves only to non-public addresses (127.0.0.2)", result.Error, StringComparison.Ordinal);
        Assert.False(server.Requests.ContainsKey("/good.xml"));
    }

    [Fact]
    public async Task Fetch_RefusesARedirectToAnAddressOutsideTheAllowList()
    {
        using var rig = FetcherRig.Create();

        var result = await rig.Fetcher.FetchFeedAsync(server.UrlOf("to-loopback.xml"), ConditionalRequest.None, CancellationToken.None);

        Assert.Contains("refused to connect to '127.0.0.1'", result.Error, StringComparison.Ordinal);
        Assert.Equal(new Uri($"http://127.0.0.1:{server.BaseUrl.Port}/good.xml"), result.FinalUrl);
    }

    [Fact]
    public async Task Fetch_RefusesARedirectToTheCloudMetadataAddress()
    {
        using var rig = FetcherRig.Create();

        var result = await rig.Fetcher.FetchFeedAsync(server.UrlOf("to-metadata.xml"), ConditionalRequest.None, CancellationToken.None);

        Assert.Contains("refused to connect to '169.254.169.254'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_RefusesAHostNameThatResolvesToLoopback()
    {
        using var rig = FetcherRig.Create(new Dictionary<string, string?> { ["Fetching:AllowedNetworks:0"] = null });

        var result = await rig.Fetcher.FetchFeedAsync(new Uri($"http://localhost:{server.BaseUrl.Port}/good.xml"), ConditionalRequest.None, CancellationToken.None);

        Assert.Contains("refused to connect to 'localhost'", result.Error, StringComparison.Ordinal);
    }
}
