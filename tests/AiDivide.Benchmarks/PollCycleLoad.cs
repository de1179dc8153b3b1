using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using AiDivide.Monitoring.Fetching;
using AiDivide.Monitoring.Pipeline;
using AiDivide.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AiDivide.Benchmarks;

/// <summary>
/// One poll cycle of 10,000 feeds on 100 loopback hosts (127.0.0.2–127.0.0.101) through the real
/// pipeline (fetcher, parser, extraction, SQLite), every answer after 100 ms, 90% of feeds 304.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project tests/AiDivide.Benchmarks -- poll-cycle [feeds] [hosts] [--Section:Key=value …]</c>.
/// A first, unmeasured cycle stores every feed's ETag (its entries carry no links, so it costs one
/// request per feed); the measured cycle then gets 304 from nine feeds in ten and, from the tenth,
/// one new entry whose article page is fetched (after the host's robots.txt) and extracted.
/// The server runs in the same process, so the memory figures include it.
/// </remarks>
internal static class PollCycleLoad
{
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(100);

    public static async Task<int> RunAsync(string[] args)
    {
        var overrides = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))
            .Select(a => a[2..].Split('=', 2)).ToDictionary(kv => kv[0], kv => (string?)kv[1]);
        var numbers = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var feedCount = numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 10_000;
        var hostCount = numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 100;
        var directory = Path.Combine(Path.GetTempPath(), "aidivide-poll-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var hosts = Enumerable.Range(2, hostCount).Select(i => IPAddress.Parse($"127.0.0.{i}")).ToArray();
        var port = FreePort(hosts[0]);
        var server = new LoadServer(hostCount);
        await using var site = await server.StartAsync(hosts, port);
        var feeds = Enumerable.Range(0, feedCount).Select(n => $"http://{hosts[n % hostCount]}:{port}/feeds/{n}.xml").ToList();
        var time = new ShiftableTime();
        var sent = new SendRecorder();
        using var monitor = await StartMonitorAsync(directory, feeds, hostCount, time, sent, overrides);
        try
        {
            var cycle = monitor.Services.GetRequiredService<PollCycle>();
            var counters = monitor.Services.GetRequiredService<FetchCounters>();
            Console.WriteLine($"// warm-up cycle: {feedCount} feeds over {hostCount} hosts, storing ETags ...");
            var warm = Stopwatch.StartNew();
            var warmReport = await cycle.RunOnceAsync(CancellationToken.None);
            Console.WriteLine($"// warm-up: {warmReport.FeedsPolled} feeds in {warm.Elapsed.TotalSeconds:0.0} s, {warmReport.FeedsFailed} failed");

            // Every feed is due again an hour later; the clock only jumps, it runs at real speed otherwise.
            time.Shift(TimeSpan.FromHours(1));
            server.StartMeasuredCycle();
            sent.Reset();
            var (requests, wire) = (counters.Requests, counters.WireBytes);
            GC.Collect();
            using var sampler = new MemorySampler();
            var clock = Stopwatch.StartNew();
            var report = await cycle.RunOnceAsync(CancellationToken.None);
            var wall = clock.Elapsed;
            sampler.Stop();

            Print(report, wall, counters.Requests - requests, counters.WireBytes - wire, counters.LargestBody, server, sampler, monitor);
            Console.WriteLine($"as sent by the client {sent.Load.MaxConcurrent} concurrent/host at most; min spacing {sent.Load.MinSpacing.TotalMilliseconds:0} ms between request starts to one host ({sent.ClosestPair})");
            return 0;
        }
        finally
        {
            await monitor.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Print(PollReport report, TimeSpan wall, long requests, long wire, long largestBody, LoadServer server, MemorySampler memory, IHost monitor)
    {
        var limit = monitor.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<FetchOptions>>().Value;
        Console.WriteLine($"feeds polled          {report.FeedsPolled} ({report.FeedsFailed} failed), new articles {report.NewArticles}");
        Console.WriteLine($"wall time             {wall.TotalSeconds:0.0} s");
        Console.WriteLine($"requests (fetcher)    {requests} (server saw {server.Requests}: {server.NotModified} × 304, {server.FeedBodies} feed bodies, {server.Pages} pages, {server.Robots} robots.txt)");
        Console.WriteLine($"bytes on the wire     {wire / 1024.0:0} KB (largest body held {largestBody} bytes)");
        Console.WriteLine($"peak working set      {memory.PeakWorkingSet / 1048576.0:0} MB (process peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB)");
        Console.WriteLine($"peak managed heap     {memory.PeakManagedHeap / 1048576.0:0} MB; GC gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        Console.WriteLine($"max concurrent/host   {server.MaxConcurrentPerHost} (limit {limit.MaxConcurrentPerHost}); min spacing seen {server.MinSpacing.TotalMilliseconds:0} ms (limit {limit.MinHostSpacing.TotalMilliseconds:0} ms)");
    }

    private static async Task<IHost> StartMonitorAsync(string directory, List<string> feeds, int hostCount, TimeProvider time, SendRecorder sent, Dictionary<string, string?> overrides)
    {
        var feedsFile = Path.Combine(directory, "feeds.json");
        await File.WriteAllTextAsync(feedsFile, JsonSerializer.Serialize(new { feeds = feeds.Select(url => new { url }) }));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sources:FeedsFile"] = feedsFile,
            // Enough feeds in flight for every host to use its two slots.
            ["Sources:FeedConcurrency"] = Math.Min(256, hostCount * 2).ToString(CultureInfo.InvariantCulture),
            ["Matching:WatchlistFile"] = Path.Combine(AppContext.BaseDirectory, "watchlist.json"),
            ["Storage:SqlitePath"] = Path.Combine(directory, "bench.db"),
            ["Delivery:PickupDirectory"] = Path.Combine(directory, "outbox"),
            ["Alerts:Recipients:0:Email"] = "bench@example.org",
            ["Alerts:Recipients:0:Entities:0"] = "*",
            ["Fetching:AllowedNetworks:0"] = "127.0.0.0/8",
        });
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(time);
        builder.Services.AddMonitoring();
        builder.Services.AddHttpClient(WebFetcher.HttpClientName).AddHttpMessageHandler(() => sent);
        builder.Services.AddSqliteStorage();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static int FreePort(IPAddress address)
    {
        using var probe = new TcpListener(address, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>The system clock, moved forward on request so the second cycle finds every feed due.</summary>
    private sealed class ShiftableTime : TimeProvider
    {
        private long offsetTicks;

        public void Shift(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));
    }

    /// <summary>Samples working set and managed heap every 50 ms while the cycle runs.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task loop;

        public MemorySampler() => loop = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                PeakWorkingSet = Math.Max(PeakWorkingSet, process.WorkingSet64);
                PeakManagedHeap = Math.Max(PeakManagedHeap, GC.GetTotalMemory(false));
                await Task.Delay(50);
            }
        });

        public long PeakWorkingSet { get; private set; }

        public long PeakManagedHeap { get; private set; }

        public void Stop()
        {
            stop.Cancel();
            loop.Wait();
        }

        public void Dispose() => stop.Dispose();
    }

    /// <summary>The 100 sites: feeds that answer 304 to their ETag nine times in ten, article pages, robots.txt; all after 100 ms.</summary>
    private sealed class LoadServer(int hostCount)
    {
        private readonly ConcurrentDictionary<string, HostLoad> load = new();
        private volatile int cycle;
        private long requests, notModified, feedBodies, pages, robots;

        public long Requests => Interlocked.Read(ref requests);

        public long NotModified => Interlocked.Read(ref notModified);

        public long FeedBodies => Interlocked.Read(ref feedBodies);

        public long Pages => Interlocked.Read(ref pages);

        public long Robots => Interlocked.Read(ref robots);

        public int MaxConcurrentPerHost => load.IsEmpty ? 0 : load.Values.Max(h => h.MaxConcurrent);

        public TimeSpan MinSpacing => load.IsEmpty ? TimeSpan.Zero : load.Values.Min(h => h.MinSpacing);

        public void StartMeasuredCycle()
        {
            load.Clear();
            Interlocked.Exchange(ref requests, 0);
            Interlocked.Exchange(ref notModified, 0);
            Interlocked.Exchange(ref feedBodies, 0);
            Interlocked.Exchange(ref pages, 0);
            Interlocked.Exchange(ref robots, 0);
            cycle = 1;
        }

        public async Task<WebApplication> StartAsync(IPAddress[] hosts, int port)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(kestrel =>
            {
                foreach (var address in hosts)
                {
                    kestrel.Listen(address, port);
                }
            });
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.Use(async (context, next) =>
            {
                var host = load.GetOrAdd(context.Connection.LocalIpAddress!.ToString(), _ => new HostLoad());
                host.Enter();
                Interlocked.Increment(ref requests);
                try
                {
                    await Task.Delay(Latency, context.RequestAborted);
                    await next(context);
                }
                finally
                {
                    host.Leave();
                }
            });
            app.MapGet("/robots.txt", () => { Interlocked.Increment(ref robots); return Results.Text("User-agent: *\nDisallow: /private/\n", "text/plain"); });
            app.MapGet("/feeds/{n:int}.xml", (int n, HttpContext context) => Feed(n, context));
            app.MapGet("/articles/{n:int}-{version:int}.html", (int n, int version) =>
            {
                Interlocked.Increment(ref pages);
                return Results.Text(Page(n, version), "text/html; charset=utf-8");
            });
            await app.StartAsync();
            return app;
        }

        private IResult Feed(int n, HttpContext context)
        {
            // Nine feeds in ten never change; the tenth gets a new entry in the measured cycle.
            var version = n / hostCount % 10 == 0 ? cycle : 0;
            var etag = $"\"v{version}\"";
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                Interlocked.Increment(ref notModified);
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            Interlocked.Increment(ref feedBodies);
            var origin = $"http://{context.Request.Host}";
            var items = new StringBuilder($"<item><title>Standing item {n}</title><guid isPermaLink=\"false\">feed-{n}-standing</guid><pubDate>Mon, 04 Aug 2025 05:00:00 GMT</pubDate></item>");
            if (version > 0)
            {
                items.Append(CultureInfo.InvariantCulture, $"<item><title>Report {n} on shared compute</title><link>{origin}/articles/{n}-{version}.html</link><guid>{origin}/articles/{n}-{version}.html</guid><pubDate>Mon, 04 Aug 2025 06:00:00 GMT</pubDate></item>");
            }

            return Results.Text($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Site feed {n}</title><link>{origin}/</link>{items}</channel></rss>", "application/rss+xml; charset=utf-8");
        }

        private static string Page(int n, int version) =>
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Report {n} on shared compute</title></head><body><article><h1>Report {n} on shared compute</h1>"
            + $"<p>Universities in {n % 50} countries now share a pool of computing time, the organisers of version {version} of the programme said on Monday.</p>"
            + "<p>The scheme pays for cluster hours and trains local staff, and its second round opens in the autumn, according to the announcement.</p>"
            + "<p>Researchers said access to compute remains the largest gap between well-funded laboratories and everyone else.</p></article></body></html>";
    }

    /// <summary>Watches requests as the fetcher hands them to the socket handler: what the host gate lets through.</summary>
    private sealed class SendRecorder : DelegatingHandler
    {
        private readonly ConcurrentDictionary<string, HostLoad> hosts = new();

        public (int MaxConcurrent, TimeSpan MinSpacing) Load => hosts.IsEmpty
            ? (0, TimeSpan.Zero)
            : (hosts.Values.Max(h => h.MaxConcurrent), hosts.Values.Min(h => h.MinSpacing));

        public void Reset() => hosts.Clear();

        public string? ClosestPair => hosts.Values.MinBy(h => h.MinSpacing)?.ClosestPair;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var host = hosts.GetOrAdd(request.RequestUri!.Host, _ => new HostLoad());
            host.Enter(request.RequestUri.PathAndQuery);
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                host.Leave();
            }
        }
    }

    /// <summary>Requests in flight at one host, the most ever, and the shortest gap between two starts.</summary>
    private sealed class HostLoad
    {
        private readonly Lock gate = new();
        private int inFlight;
        private long lastStart;

        public int MaxConcurrent { get; private set; }

        public TimeSpan MinSpacing { get; private set; } = TimeSpan.MaxValue;

        private string? lastPath;

        public string? ClosestPair { get; private set; }

        public void Enter(string? path = null)
        {
            lock (gate)
            {
                var now = Stopwatch.GetTimestamp();
                if (lastStart != 0)
                {
                    var gap = Stopwatch.GetElapsedTime(lastStart, now);
                    if (gap < MinSpacing)
                    {
                        MinSpacing = gap;
                        ClosestPair = $"{lastPath} then {path}";
                    }
                }

                lastStart = now;
                lastPath = path;
                MaxConcurrent = Math.Max(MaxConcurrent, ++inFlight);
            }
        }

        public void Leave()
        {
            lock (gate)
            {
                inFlight--;
            }
        }
    }
}
