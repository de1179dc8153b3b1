using System.CommandLine;
using AiDivide.Monitoring.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiDivide.Worker.Cli;

/// <summary><c>feeds list|add|remove|import|export</c>: edit the feed list file (<c>Sources:FeedsFile</c>).</summary>
/// <remarks>
/// These edit the file the daemon reads, not the store: a running daemon picks the change up at its
/// next poll cycle, and the file stays the one source of truth. No host is started, so they work
/// while the daemon runs. Exit codes: 0 done, 1 nothing matched or found, 2 an unreadable file.
/// </remarks>
internal static class FeedListCommands
{
    public static void AddTo(Command feeds)
    {
        var list = new Command("list", "Show the feeds in the feed list: id, title, URL.");
        list.SetAction((result, token) => ListAsync(Console.Out, result.UnmatchedTokens, token));

        var addUrl = new Argument<string>("url") { Description = "A feed URL, or a site's page to discover its feeds from." };
        var title = new Option<string?>("--title") { Description = "Title to list the feed under (default: the feed's own)." };
        var add = new Command("add", "Add a feed to the feed list; a page's URL is searched for its feed (link rel=alternate, then usual paths).") { addUrl, title };
        add.SetAction((result, token) => WithValue(result.GetValue(addUrl), result.UnmatchedTokens, (url, config) => AddAsync(url, result.GetValue(title), Console.Out, config, token)));

        var removeKey = new Argument<string>("feed") { Description = "The feed's id or URL." };
        var remove = new Command("remove", "Remove a feed from the feed list.") { removeKey };
        remove.SetAction((result, token) => WithValue(result.GetValue(removeKey), result.UnmatchedTokens, (key, config) => RemoveAsync(key, Console.Out, config, token)));

        var opmlIn = new Argument<string>("file") { Description = "An OPML file, as feed readers export it." };
        var import = new Command("import", "Add every feed of an OPML file that is not in the feed list yet.") { opmlIn };
        import.SetAction((result, token) => WithValue(result.GetValue(opmlIn), result.UnmatchedTokens, (file, config) => ImportAsync(file, Console.Out, config, token)));

        var opmlOut = new Argument<string?>("file") { Description = "Where to write the OPML (default: standard output).", Arity = ArgumentArity.ZeroOrOne };
        var export = new Command("export", "Write the feed list as OPML, for a feed reader.") { opmlOut };
        export.SetAction((result, token) =>
        {
            var (values, config) = CommandTokens.Split([result.GetValue(opmlOut)], result.UnmatchedTokens);
            return ExportAsync((values.Count > 0 ? values[0] : null), Console.Out, config, token);
        });

        foreach (var command in new[] { list, add, remove, import, export })
        {
            command.TreatUnmatchedTokensAsErrors = false;
            feeds.Add(command);
        }
    }

    public static Task<int> ListAsync(TextWriter output, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken) =>
        EditAsync(configurationArgs, output, async (file, _) =>
        {
            foreach (var feed in file.Feeds)
            {
                await output.WriteLineAsync($"{feed.Id}\t{feed.Title}\t{feed.Url.AbsoluteUri}{(feed.UsesConditionalGet ? "" : "\t(no conditional GET)")}");
            }

            await output.WriteLineAsync($"{file.Feeds.Count} feeds in {file.Path}");
            return 0;
        });

    public static Task<int> AddAsync(string url, string? title, TextWriter output, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken) =>
        EditAsync(configurationArgs, output, async (file, host) =>
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
            {
                await output.WriteLineAsync($"not an http(s) URL: {url}");
                return 1;
            }

            var (found, error) = await host.Services.GetRequiredService<FeedDiscovery>().DiscoverAsync(address, cancellationToken);
            if (found.Count == 0)
            {
                await output.WriteLineAsync(error);
                return 1;
            }

            var chosen = found[0];
            if (!file.Add(chosen.Url, title ?? (string.IsNullOrWhiteSpace(chosen.Title) ? null : chosen.Title)))
            {
                await output.WriteLineAsync($"already listed: {chosen.Url.AbsoluteUri}");
                return 0;
            }

            file.Save();
            await output.WriteLineAsync($"added {chosen.Url.AbsoluteUri} ({title ?? chosen.Title}; found by {chosen.FoundBy}) to {file.Path}");
            foreach (var other in found.Skip(1))
            {
                await output.WriteLineAsync($"  the page also advertises {other.Url.AbsoluteUri} ({other.Title}): add it with `feeds add {other.Url.AbsoluteUri}`");
            }

            return 0;
        });

    public static Task<int> RemoveAsync(string idOrUrl, TextWriter output, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken) =>
        EditAsync(configurationArgs, output, async (file, _) =>
        {
            if (file.Remove(idOrUrl) is not { } removed)
            {
                await output.WriteLineAsync($"no feed with id or URL '{idOrUrl}' in {file.Path}");
                return 1;
            }

            file.Save();
            await output.WriteLineAsync($"removed {removed.Id} ({removed.Url.AbsoluteUri}) from {file.Path}; its stored history stays, and comes back if it is added again");
            return 0;
        });

    public static Task<int> ImportAsync(string opmlPath, TextWriter output, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken) =>
        EditAsync(configurationArgs, output, async (file, _) =>
        {
            IReadOnlyList<OpmlOutline> outlines;
            await using (var stream = File.OpenRead(opmlPath))
            {
                outlines = OpmlDocument.Read(stream);
            }

            var added = outlines.Count(outline => file.Add(outline.FeedUrl, outline.Title));
            if (added > 0)
            {
                file.Save();
            }

            await output.WriteLineAsync($"imported {added} new feeds from {opmlPath} into {file.Path} ({outlines.Count - added} already listed)");
            return 0;
        });

    public static Task<int> ExportAsync(string? opmlPath, TextWriter output, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken) =>
        EditAsync(configurationArgs, output, async (file, host) =>
        {
            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            if (opmlPath is null)
            {
                using var buffer = new MemoryStream();
                OpmlDocument.Write(file.Feeds, buffer, "AiDivide Monitor feeds", now);
                await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                return 0;
            }

            await using (var stream = File.Create(opmlPath))
            {
                OpmlDocument.Write(file.Feeds, stream, "AiDivide Monitor feeds", now);
            }

            await output.WriteLineAsync($"exported {file.Feeds.Count} feeds to {opmlPath}");
            return 0;
        });

    private static async Task<int> WithValue(string? value, IReadOnlyList<string> unmatched, Func<string, IReadOnlyList<string>, Task<int>> run)
    {
        var (values, config) = CommandTokens.Split([value], unmatched);
        if (values.Count == 0)
        {
            await Console.Error.WriteLineAsync("missing argument (configuration is given as --Section:Key=value)");
            return 2;
        }

        return await run(values[0], config);
    }

    private static async Task<int> EditAsync(IReadOnlyList<string> configurationArgs, TextWriter output, Func<FeedListFile, IHost, Task<int>> edit)
    {
        using var host = FeedsCommand.BuildHost(configurationArgs);
        // Read the setting itself: the validated options would refuse a list that is missing (to be created) or broken (to be reported here).
        var configured = host.Services.GetRequiredService<IConfiguration>()[$"{SourcesOptions.SectionName}:{nameof(SourcesOptions.FeedsFile)}"] ?? new SourcesOptions().FeedsFile;
        var path = ConfigFilePath.Resolve(configured, host.Services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        try
        {
            return await edit(FeedListFile.Open(path), host);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync(ex.Message);
            return 2;
        }
    }
}
