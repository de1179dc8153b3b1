using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiDivide.Monitoring.Feeds;
using AiDivide.Monitoring.Fetching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace AiDivide.Worker.Cli;

/// <summary><c>feeds test URL|FILE…</c>: what the parser reads from a feed, what it had to repair, and why; and the other <c>feeds</c> subcommands.</summary>
/// <remarks>
/// URLs are fetched through <see cref="WebFetcher"/>, the pipeline's one HTTP door, so a feed that
/// works here works in the daemon (and one refused here, say a private address, is refused there).
/// Files are read as the bytes a server would send, with no HTTP charset.
/// </remarks>
internal static class FeedsCommand
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Feed URLs (http/https) or files.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per input: title, entries, repairs, error." };
        var feedUrl = new Option<string?>("--feed-url") { Description = "For files: the URL the feed was served from, which relative links resolve against." };
        var pages = new Option<int>("--pages") { Description = "For URLs: fetch this many entries' pages and show what would be extracted and matched (0: none).", DefaultValueFactory = _ => 3 };
        var test = new Command("test", "Parse feeds and show the entries, the repairs applied and why, or why a feed cannot be read.") { inputs, json, feedUrl, pages };
        test.SetAction((result, token) =>
        {
            var (values, config) = CommandTokens.Split(result.GetValue(inputs) ?? [], result.UnmatchedTokens);
            return RunAsync(values, result.GetValue(json), Console.Out, config, token, AsUrl(result.GetValue(feedUrl)), Math.Max(0, result.GetValue(pages)));
        });
        test.TreatUnmatchedTokensAsErrors = false;
        var feeds = new Command("feeds", "Manage the feed list, see each feed's health, and test feeds.") { test };
        FeedListCommands.AddTo(feeds);
        FeedStatusCommand.AddTo(feeds);
        return feeds;
    }

    /// <returns>0 when every input was read as a feed, 1 otherwise.</returns>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> inputs, bool json, TextWriter output, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken, Uri? fileFeedUrl = null, int pages = 0)
    {
        using var host = inputs.Any(IsUrl) ? BuildHost(configurationArgs) : null;
        var parser = new FeedParser();
        var failures = 0;
        foreach (var input in inputs)
        {
            var result = await ReadAsync(input, parser, host, fileFeedUrl, cancellationToken);
            failures += result.IsSuccess ? 0 : 1;
            // Pages only for feeds read from the web: a file's links may point anywhere, or nowhere.
            var previews = result.IsSuccess && pages > 0 && IsUrl(input) ? await PagePreview.ForAsync(result.Entries, pages, host!, cancellationToken) : [];
            await output.WriteLineAsync(json ? ToJson(input, result, previews).ToJsonString(Compact) : Describe(input, result, previews));
        }

        return failures == 0 ? 0 : 1;
    }

    internal static IHost BuildHost(IReadOnlyList<string> configurationArgs)
    {
        var builder = MonitorHost.CreateBuilder(configurationArgs);

        // Standard output is for the report (one JSON object per line with --json); log lines go to standard error.
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder.Build();
    }

    private static async Task<FeedParseResult> ReadAsync(string input, FeedParser parser, IHost? host, Uri? fileFeedUrl, CancellationToken cancellationToken)
    {
        if (IsUrl(input))
        {
            var url = new Uri(input);
            var fetched = await host!.Services.GetRequiredService<WebFetcher>().FetchFeedAsync(url, ConditionalRequest.None, cancellationToken);
            return fetched.IsSuccess ? parser.Parse(fetched.Body, fetched.FinalUrl, fetched.Charset) : FeedParseResult.Failed(fetched.Error!);
        }

        if (!File.Exists(input))
        {
            return FeedParseResult.Failed($"no such file: {input}");
        }

        var body = await File.ReadAllBytesAsync(input, cancellationToken);
        // Without --feed-url a file has no web address, and relative links in it resolve to nothing.
        return parser.Parse(body, fileFeedUrl ?? new Uri(Path.GetFullPath(input)));
    }

    private static Uri? AsUrl(string? value) => value is not null && IsUrl(value) ? new Uri(value) : null;

    private static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    internal static JsonObject ToJson(string input, FeedParseResult result, IReadOnlyList<PagePreview>? previews = null) => new()
    {
        ["input"] = input,
        ["title"] = result.Title,
        ["encoding"] = result.Encoding,
        ["entries"] = new JsonArray([.. result.Entries.Select(entry => (JsonNode)new JsonObject
        {
            ["title"] = entry.Title,
            ["link"] = entry.Link?.AbsoluteUri,
            ["id"] = entry.Id,
            ["published"] = Date(entry.Published),
            ["updated"] = Date(entry.Updated),
            ["summary"] = entry.Summary,
        })]),
        ["repairs"] = new JsonArray([.. result.Repairs.Select(repair => (JsonNode)new JsonObject { ["kind"] = repair.Kind, ["detail"] = repair.Detail })]),
        ["error"] = result.Error,
        ["pages"] = new JsonArray([.. (previews ?? []).Select(page => (JsonNode)new JsonObject
        {
            ["link"] = page.Link.AbsoluteUri,
            ["error"] = page.Error,
            ["title"] = page.Title,
            ["words"] = page.Words,
            ["mentions"] = new JsonArray([.. page.Mentions.Select(m => (JsonNode)new JsonObject { ["entity"] = m.Entity.Id, ["count"] = m.Count, ["snippet"] = m.Snippet })]),
        })]),
    };

    private static string Describe(string input, FeedParseResult result, IReadOnlyList<PagePreview> previews)
    {
        var text = new System.Text.StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"== {input}");
        text.AppendLine(CultureInfo.InvariantCulture, $"   encoding: {result.Encoding ?? "(none)"}");
        text.AppendLine(result.IsSuccess
            ? string.Create(CultureInfo.InvariantCulture, $"   feed: {result.Title} — {result.Entries.Count} entries")
            : $"   error: {result.Error}");
        text.AppendLine(result.Repairs.Count > 0 ? "   repairs:" : result.IsSuccess ? "   repairs: none (well-formed)" : "   repairs: none");
        foreach (var repair in result.Repairs)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"     - {repair}");
        }

        foreach (var (entry, index) in result.Entries.Select((entry, index) => (entry, index + 1)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"   {index}. {entry.Title}");
            text.AppendLine(CultureInfo.InvariantCulture, $"      link: {entry.Link?.AbsoluteUri ?? "(none)"}");
            text.AppendLine(CultureInfo.InvariantCulture, $"      id: {entry.Id}");
            text.AppendLine(CultureInfo.InvariantCulture, $"      published: {Date(entry.Published) ?? "(none)"}   updated: {Date(entry.Updated) ?? "(none)"}");
            if (previews.FirstOrDefault(p => p.Link == entry.Link) is { } page)
            {
                text.AppendLine(page.Error is null
                    ? string.Create(CultureInfo.InvariantCulture, $"      page: {page.Title} — {page.Words} words; mentions: {page.MentionSummary}")
                    : $"      page: not read: {page.Error}");
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string? Date(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
