using System.Net;
using System.Net.Sockets;
using AiDivide.Monitoring.Fetching;

namespace AiDivide.Monitoring.Tests.Fetching;

/// <summary>The connect deadline, against a listener that never completes a handshake.</summary>
public sealed class WebFetcherConnectTimeoutTests : IDisposable
{
    private readonly Socket listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly List<Socket> fillers = [];

    public void Dispose()
    {
        fillers.ForEach(socket => socket.Dispose());
        listener.Dispose();
    }

    [Fact]
    public async Task FetchFeed_NamesTheConnectTimeout_WhenTheServerNeverAcceptsTheConnection()
    {
        var port = FillAcceptQueue();
        // Connect fires well before the idle and total deadlines, so only it can explain the failure.
        using var rig = FetcherRig.Create(new Dictionary<string, string?>
        {
            ["Fetching:ConnectTimeout"] = "00:00:00.500",
            ["Fetching:ReadTimeout"] = "00:00:20",
            ["Fetching:Timeout"] = "00:00:30",
        });

        var result = await rig.Fetcher.FetchFeedAsync(new Uri($"http://127.0.0.2:{port}/feed.xml"), ConditionalRequest.None, CancellationToken.None);

        Assert.Equal("connect timed out after 0.5 s (Fetching:ConnectTimeout)", result.Error);
        Assert.Equal(1, rig.Counters.Fetches(FetchPurpose.Feed, FetchOutcome.Failed));
    }

    /// <summary>
    /// A listener that never accepts, with its accept queue full of our own connections: Linux then drops
    /// further SYNs (tcp_abort_on_overflow is off by default), so the next connect hangs in the handshake.
    /// </summary>
    private int FillAcceptQueue()
    {
        listener.Bind(new IPEndPoint(IPAddress.Parse("127.0.0.2"), 0));
        listener.Listen(1);
        var endpoint = (IPEndPoint)listener.LocalEndPoint!;
        for (var i = 0; i < 8; i++)
        {
            var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            fillers.Add(filler);
            _ = filler.ConnectAsync(endpoint).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return endpoint.Port;
    }
}
