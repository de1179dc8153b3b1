using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AiDivide.Worker.Cli;

/// <summary><c>feeds status [--json]</c> (each feed's health) and <c>feeds poll-now ID|URL|--all</c> (make feeds due).</summary>
/// <remarks>
/// Both read the store, so they show and change what every worker sharing it sees. Both first bring
/// the feed list into the store, as a poll cycle would, so a feed just added shows as new.
/// </remarks>
internal static class FeedStatusCommand
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void AddTo(Command feeds)
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per feed." };
        var status = new Command("status", "Show each feed's health: state, last success, failures, last error, next poll.") { json };
        status.SetAction((result, token) => StatusAsync(result.GetValue(json), Console.Out, result.UnmatchedTokens, token));

        var feed = new Argument<string?>("feed") { Description = "The feed's id or URL.", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Every feed." };
        var pollNow = new Command("poll-now", "Make a feed (or every feed) due now; the daemon polls it at its next tick, `poll --once` at once.") { feed, all };
        pollNow.SetAction((result, token) =>
        {
            var (values, config) = CommandTokens.Split([result.GetValue(feed)], result.UnmatchedTokens);
            return PollNowAsync((values.Count > 0 ? values[0] : null), result.GetValue(all), Console.Out, config, token);
        });

        foreach (var command in new[] { status, pollNow })
        {
            command.TreatUnmatchedTokensAsErrors = false;
            feeds.Add(command);
        }
    }

    public static Task<int> StatusAsync(bool json, TextWriter output, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken) =>
        WithStoreAsync(configurationArgs, async (store, services) =>
        {
            var options = services.GetRequiredService<IOptions<SourcesOptions>>().Value;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var feeds = await store.ListFeedsAsync(cancellationToken);
            var rows = feeds.Select(f => (Feed: f, Health: FeedHealth.Assess(f, options, now))).ToList();
            if (json)
            {
                foreach (var (f, health) in rows)
                {
                    await output.WriteLineAsync(ToJson(f, health).ToJsonString(Compact));
                }

                return 0;
            }

            await output.WriteLineAsync(FeedStatusTable.Render(rows, now));
            return 0;
        });

    public static Task<int> PollNowAsync(string? idOrUrl, bool all, TextWriter output, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken) =>
        WithStoreAsync(configurationArgs, async (store, services) =>
        {
            if (!all && string.IsNullOrWhiteSpace(idOrUrl))
            {
                await output.WriteLineAsync("name a feed by id or URL, or pass --all");
                return 1;
            }

            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            IReadOnlyCollection<string>? ids = null;
            if (!all)
            {
                var match = (await store.ListFeedsAsync(cancellationToken)).FirstOrDefault(f =>
                    f.Id == idOrUrl || (Uri.TryCreate(idOrUrl, UriKind.Absolute, out var url) && f.Url == url));
                if (match is null)
                {
                    await output.WriteLineAsync($"no active feed with id or URL '{idOrUrl}'");
                    return 1;
                }

                ids = [match.Id];
            }

            var count = await store.SchedulePollNowAsync(ids, now, cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{count} feed(s) due now"));
            return 0;
        });

    private static async Task<int> WithStoreAsync(IReadOnlyList<string> configurationArgs, Func<IMonitorStore, IServiceProvider, Task<int>> act)
    {
        // The host's start and stop lines would only clutter a one-shot report (the user's own settings still win).
        using var host = FeedsCommand.BuildHost(["--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning", .. configurationArgs]);
        if (!await MonitorHost.TryStartAsync(host, CancellationToken.None))
        {
            return 2;
        }

        var services = host.Services;
        var store = services.GetRequiredService<IMonitorStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await store.SyncFeedsAsync(services.GetRequiredService<FeedCatalog>().Load(), now, CancellationToken.None);
        var exitCode = await act(store, services);
        await host.StopAsync();
        return exitCode;
    }

    private static JsonObject ToJson(FeedState feed, FeedHealth health) => new()
    {
        ["id"] = feed.Id,
        ["title"] = feed.Title,
        ["url"] = feed.Url.AbsoluteUri,
        ["state"] = health.State.ToString().ToLowerInvariant(),
        ["since"] = health.Since,
        ["lastSuccessAt"] = feed.LastSuccessAt,
        ["lastPolledAt"] = feed.LastPolledAt,
        ["consecutiveFailures"] = feed.ConsecutiveFailures,
        ["lastError"] = feed.LastError,
        ["lastErrorAt"] = feed.LastErrorAt,
        ["lastNewItemAt"] = feed.LastNewItemAt,
        ["updateIntervalSeconds"] = feed.UpdateInterval?.TotalSeconds,
        ["publisherIntervalSeconds"] = feed.PublisherInterval?.TotalSeconds,
        ["silentAfterSeconds"] = health.SilentAfter.TotalSeconds,
        ["nextPollAt"] = feed.NextPollAt,
        ["conditional"] = feed.UsesConditionalGet,
    };
}
