using AiDivide.Monitoring.Fetching;
using AiDivide.Monitoring.Pipeline;
using AiDivide.Monitoring.Storage;
using AiDivide.Monitoring.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AiDivide.Monitoring.Tests.Fetching;

/// <summary>One poll cycle of the real daemon over every hostile feed at once, plus one good feed, run once for all fault tests.</summary>
public sealed class FaultCycle : IAsyncLifetime
{
    /// <summary>Every fault the fault server offers as a feed.</summary>
    public static readonly string[] FaultPaths =
    [
        "error500.xml", "hang.xml", "trickle.xml", "truncated-gzip.xml", "gzip-bomb.xml", "huge.xml",
        "billion-laughs.xml", "xxe.xml", "external-dtd.xml", "html-instead.xml", "loop.xml",
        "to-loopback.xml", "to-metadata.xml", "wrong-charset.xml", "video.xml",
    ];

    /// <summary>Wire and decoded caps for this cycle: small, so "bounded" is plainly far below 200 MB.</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    private readonly ScratchDirectory data = new();
    private TestSmtpServer smtp = null!;
    private MonitorRig rig = null!;

    internal FaultServer Server { get; private set; } = null!;

    /// <summary>A second host (127.0.0.3) that answers 503 with Retry-After, so its hold does not touch the others.</summary>
    internal FaultServer BusyServer { get; private set; } = null!;

    public PollReport Report { get; private set; } = null!;

    public PollReport NextReport { get; private set; } = null!;

    public IReadOnlyList<FeedState> Feeds { get; private set; } = [];

    public long ArticlesStored { get; private set; }

    public FetchCounters Counters => rig.Services.GetRequiredService<FetchCounters>();

    public FeedState Feed(string path) => path switch
    {
        "busy.xml" => Feeds.Single(f => f.Url == BusyServer.UrlOf("busy.xml")),
        _ => Feeds.Single(f => f.Url == Server.UrlOf(path)),
    };

    public async Task InitializeAsync()
    {
        Server = await FaultServer.StartAsync();
        BusyServer = await FaultServer.StartAsync("127.0.0.3");
        smtp = await TestSmtpServer.StartAsync();
        var feeds = FaultPaths.Append("good.xml").Select(Server.UrlOf).Append(BusyServer.UrlOf("busy.xml"));
        rig = await MonitorRig.StartAsync(data, feeds, smtp.Port, new Dictionary<string, string?>
        {
            // Only the fault server's own address: a redirect to 127.0.0.1 meets the guard as production would.
            ["Fetching:AllowedNetworks:0"] = "127.0.0.2/31",
            ["Fetching:Timeout"] = "00:00:10",
            ["Fetching:ReadTimeout"] = "00:00:03",
            ["Fetching:TransferRateWindow"] = "00:00:02",
            ["Fetching:MinBytesPerSecond"] = "256",
            ["Fetching:MaxResponseBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Fetching:MaxTransferBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sources:FeedConcurrency"] = "20",
        });
        Report = await rig.PollAsync();
        Feeds = await rig.Store.ListFeedsAsync(CancellationToken.None);
        ArticlesStored = await rig.Store.CountArticlesAsync(CancellationToken.None);
        // The daemon goes on: the next cycle, a day later, polls every feed again.
        rig.Clock.Advance(TimeSpan.FromDays(2));
        NextReport = await rig.PollAsync();
    }

    public async Task DisposeAsync()
    {
        await rig.DisposeAsync();
        await smtp.DisposeAsync();
        await Server.DisposeAsync();
        await BusyServer.DisposeAsync();
        data.Dispose();
    }
}
