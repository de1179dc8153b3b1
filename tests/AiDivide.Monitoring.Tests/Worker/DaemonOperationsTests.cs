using System.Globalization;
using System.Net;
using AiDivide.Monitoring.Tests.Support;
using AiDivide.Worker.Cli;
using AiDivide.Worker.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiDivide.Monitoring.Tests.Worker;

/// <summary>The daemon as operators run it: Quartz jobs, health endpoints, Prometheus metrics, graceful stop.</summary>
/// <remarks>
/// Runs alone: OpenTelemetry listens to every meter named AiDivide.Monitor in the process, so hosts of
/// tests running in parallel would add to the counts this test reads.
/// </remarks>
[Collection(DaemonGroup.Name)]
public sealed class DaemonOperationsTests : IAsyncLifetime
{
    private readonly ScratchDirectory data = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 8, 4, 6, 0, 0, TimeSpan.Zero));
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private SampleSite site = null!;
    private TestSmtpServer smtp = null!;

    public async Task InitializeAsync()
    {
        site = await SampleSite.StartAsync(TestPaths.Site);
        smtp = await TestSmtpServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await smtp.DisposeAsync();
        await site.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task Daemon_DeliversOnSchedule_ServesHealthAndMetrics_AndReportsWhenMailCannotLeave()
    {
        var port = TestSmtpServer.FreePort();
        var operations = new Uri($"http://127.0.0.1:{port}/");
        await File.WriteAllTextAsync(data.File("feeds.json"), $$"""{ "feeds": [ { "url": "{{site.UrlOf("feeds/main.xml")}}" } ] }""");
        // Quartz and the pipeline run on real time; only the readiness cache gets the fake clock, to expire it on demand.
        await using var daemon = RunCommand.Build([], Settings(port), builder => builder.Services.AddSingleton(provider =>
            ActivatorUtilities.CreateInstance<AiDivide.Worker.Operations.MailHealthCheck>(provider, (TimeProvider)clock)));
        await daemon.StartAsync();

        // The relay has the mail a moment before the outbox marks it sent and the metric counts it.
        var metrics = "";
        await WaitUntilAsync(async () => smtp.Messages.Count >= 2 && (metrics = await http.GetStringAsync(new Uri(operations, "metrics"))).Contains("aidivide_alerts_sent_total{otel_scope_name=\"AiDivide.Monitor\"} 2", StringComparison.Ordinal));
        Assert.Equal(2, smtp.Messages.Count);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(operations, "healthz/live"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(operations, "healthz/ready"))).StatusCode);
        Assert.Matches("aidivide_alerts_sent_total\\{[^}]*\\} 2\n", metrics);
        Assert.Matches("aidivide_feeds_polled_total\\{[^}]*outcome=\"success\"[^}]*\\} [1-9]", metrics);
        Assert.Matches("aidivide_poll_cycle_duration_seconds_bucket\\{[^}]*le=\"0.5\"", metrics);

        await smtp.DisposeAsync();
        clock.Advance(TimeSpan.FromMinutes(2));
        var ready = await http.GetAsync(new Uri(operations, "healthz/ready"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(operations, "healthz/live"))).StatusCode);
        smtp = await TestSmtpServer.StartAsync();

        var stopping = daemon.StopAsync();
        Assert.True(await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(30))) == stopping, "the daemon stops within its shutdown budget");
    }

    private Dictionary<string, string?> Settings(int operationsPort) => new()
    {
        ["Sources:FeedsFile"] = data.File("feeds.json"),
        ["Sources:FirstPollBacklog"] = "Alert",
        ["Matching:WatchlistFile"] = TestPaths.TestData("Site", "watchlist.json"),
        ["Storage:SqlitePath"] = data.File("monitor.db"),
        ["Delivery:Smtp:Host"] = "127.0.0.1",
        ["Delivery:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Delivery:Smtp:Security"] = "None",
        ["Delivery:Smtp:Timeout"] = "00:00:05",
        ["Fetching:AllowedNetworks:0"] = "127.0.0.0/8",
        ["Fetching:MinHostSpacing"] = "00:00:00",
        ["Alerts:Recipients:0:Email"] = "analyst@example.org",
        ["Alerts:Recipients:0:Entities:0"] = "*",
        ["Scheduling:PollEvery"] = "00:00:01",
        ["Scheduling:DeliverEvery"] = "00:00:01",
        ["Operations:Urls"] = $"http://127.0.0.1:{operationsPort}",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(30); waited += TimeSpan.FromMilliseconds(100))
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("timed out waiting for the daemon");
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DaemonGroup
{
    public const string Name = "Daemon";
}
