using System.Globalization;
using System.Text.Json;
using AiDivide.Monitoring.Delivery;
using AiDivide.Monitoring.Pipeline;
using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiDivide.Worker.Demo;

/// <summary><c>demo</c>: the real pipeline, end to end, against bundled sample news sites; no network needed.</summary>
internal static class DemoCommand
{
    private static readonly string[] Feeds = ["feeds/policy-wire.xml", "feeds/tech-atom.xml", "feeds/china-rdf.xml"];

    public static Task<int> RunAsync(IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken) =>
        RunAsync("data", Console.Out, configurationArgs, cancellationToken);

    /// <param name="dataRoot">Where the fresh demo-… data folder is made.</param>
    public static async Task<int> RunAsync(string dataRoot, TextWriter output, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken)
    {
        await using var site = await SampleSite.StartAsync(Path.Combine(AppContext.BaseDirectory, "Demo", "site"), cancellationToken: cancellationToken);
        var stamp = TimeProvider.System.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var dataDirectory = Path.GetFullPath(Path.Combine(dataRoot, $"demo-{stamp}"));
        Directory.CreateDirectory(dataDirectory);
        var feedsFile = Path.Combine(dataDirectory, "feeds.json");
        await File.WriteAllTextAsync(feedsFile, JsonSerializer.Serialize(new { feeds = Feeds.Select(f => new { url = site.UrlOf(f).AbsoluteUri }) }), cancellationToken);

        output.WriteLine($"Sample news site at {site.BaseUrl}; data folder {dataDirectory}");
        var overrides = new Dictionary<string, string?>
        {
            ["Sources:FeedsFile"] = feedsFile,
            // The demo has only a first poll: its sample backlog must alert to show anything.
            ["Sources:FirstPollBacklog"] = "Alert",
            ["Storage:Kind"] = StorageOptions.Sqlite,
            ["Storage:SqlitePath"] = Path.Combine(dataDirectory, "aidivide.db"),
            ["Delivery:PickupDirectory"] = Path.Combine(dataDirectory, "outbox"),
            // The demo never sends real mail, whatever the configuration says.
            ["Delivery:Smtp:Host"] = "",
            ["Fetching:AllowedNetworks:0"] = "127.0.0.0/8",
            // The sample site is one loopback host; spacing requests to it would only make the demo slow.
            ["Fetching:MinHostSpacing"] = "00:00:00",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        };
        using var host = MonitorHost.CreateBuilder(configurationArgs, overrides).Build();
        if (!await MonitorHost.TryStartAsync(host, cancellationToken))
        {
            return 2;
        }

        var poll = await host.Services.GetRequiredService<PollCycle>().RunOnceAsync(cancellationToken);
        var delivery = await host.Services.GetRequiredService<OutboxDelivery>().DeliverAllDueAsync(cancellationToken);
        var sent = await host.Services.GetRequiredService<IAlertOutbox>().ListAsync(OutboxStatus.Sent, cancellationToken);
        var pickup = host.Services.GetRequiredService<IOptions<DeliveryOptions>>().Value.PickupDirectory;
        await host.StopAsync(cancellationToken);

        output.WriteLine($"Polled {poll.FeedsPolled} feeds: {poll.NewArticles} articles stored, {poll.Duplicates} duplicate entries skipped, {poll.Mentions} mentions found.");
        var byArticle = sent.Select(s => s.Alert).GroupBy(a => a.ArticleKey).ToList();
        output.WriteLine($"{delivery.Sent} alert email(s) about {byArticle.Count} article(s):");
        foreach (var article in byArticle)
        {
            var first = article.First();
            output.WriteLine($"  {first.ArticleTitle} ({first.SiteName})");
            // One email per story names every followed entity in it.
            foreach (var entity in article.SelectMany(a => a.AllEntities).DistinctBy(e => e.Id).OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                output.WriteLine($"    • {entity.Name}: \"{Shorten(entity.Snippet, 110)}\"");
            }
        }

        output.WriteLine($"The emails are .eml files in {pickup}");
        return delivery.Sent > 0 ? 0 : 1;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
