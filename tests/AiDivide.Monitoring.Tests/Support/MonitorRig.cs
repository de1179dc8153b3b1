using AiDivide.Monitoring.Delivery;
using AiDivide.Monitoring.Pipeline;
using AiDivide.Monitoring.Storage;
using AiDivide.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AiDivide.Monitoring.Tests.Support;

/// <summary>The real worker host, wired to loopback servers, a scratch data folder and a fake clock.</summary>
internal sealed class MonitorRig : IAsyncDisposable
{
    private readonly Dictionary<string, string?> settings;
    private IHost host;

    private MonitorRig(Dictionary<string, string?> settings, FakeTimeProvider clock, IHost host)
    {
        this.settings = settings;
        Clock = clock;
        this.host = host;
    }

    public FakeTimeProvider Clock { get; }

    public IMonitorStore Store => host.Services.GetRequiredService<IMonitorStore>();

    public IServiceProvider Services => host.Services;

    public static async Task<MonitorRig> StartAsync(
        ScratchDirectory data, IEnumerable<Uri> feeds, int smtpPort, IDictionary<string, string?>? extra = null, FakeTimeProvider? clock = null)
    {
        var feedsFile = data.File("feeds.json");
        await File.WriteAllTextAsync(feedsFile, System.Text.Json.JsonSerializer.Serialize(new { feeds = feeds.Select(f => new { url = f.AbsoluteUri }) }));
        var settings = new Dictionary<string, string?>
        {
            ["Sources:FeedsFile"] = feedsFile,
            ["Matching:WatchlistFile"] = TestPaths.TestData("Site", "watchlist.json"),
            ["Storage:SqlitePath"] = data.File("monitor.db"),
            ["Delivery:Smtp:Host"] = "127.0.0.1",
            ["Delivery:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:Smtp:Security"] = "None",
            ["Delivery:Smtp:Timeout"] = "00:00:30",
            ["Fetching:AllowPrivateNetworks"] = "true",
            ["Fetching:Timeout"] = "00:00:15",
            ["Alerts:Recipients:0:Email"] = "analyst@example.org",
            ["Alerts:Recipients:0:Entities:0"] = "*",
            ["Alerts:Recipients:1:Email"] = "industry-desk@example.org",
            ["Alerts:Recipients:1:Tags:0"] = "industry",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        clock ??= new FakeTimeProvider(new DateTimeOffset(2025, 8, 4, 6, 0, 0, TimeSpan.Zero));
        return new MonitorRig(settings, clock, await StartHostAsync(settings, clock));
    }

    public Task<PollReport> PollAsync(CancellationToken cancellationToken = default) =>
        host.Services.GetRequiredService<PollCycle>().RunOnceAsync(cancellationToken);

    public Task<DeliveryReport> DeliverAsync(CancellationToken cancellationToken = default) =>
        host.Services.GetRequiredService<OutboxDelivery>().DeliverAllDueAsync(cancellationToken);

    /// <summary>Moves the clock past the poll interval so every feed is due again.</summary>
    public void AdvancePastPollInterval() => Clock.Advance(TimeSpan.FromMinutes(16));

    /// <summary>Stops the host and starts a new one on the same data file, as after a restart.</summary>
    public async Task RestartAsync()
    {
        await host.StopAsync();
        host.Dispose();
        host = await StartHostAsync(settings, Clock);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }

    private static async Task<IHost> StartHostAsync(Dictionary<string, string?> settings, FakeTimeProvider clock)
    {
        var builder = MonitorHost.CreateBuilder([], settings);
        builder.Services.AddSingleton<TimeProvider>(clock);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
