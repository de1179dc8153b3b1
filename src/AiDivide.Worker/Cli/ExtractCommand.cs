using System.CommandLine;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace AiDivide.Worker.Cli;

/// <summary>
/// <c>extract FILE|URL</c> prints one page's <see cref="Article"/> as JSON; <c>extract --dir DIR --out FILE.json</c>
/// writes <c>{id: text}</c> for every page in a folder, the input the extraction scorer reads.
/// </summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Chinese text stays readable in the output instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var page = new Argument<string?>("FILE|URL") { Description = "An HTML file (.html or .html.gz) or an http(s) URL.", Arity = ArgumentArity.ZeroOrOne };
        var directory = new Option<string?>("--dir") { Description = "Extract every *.html and *.html.gz in this folder." };
        var output = new Option<string?>("--out") { Description = "With --dir: the JSON file to write, {id: text}." };
        var command = new Command("extract", "Extract one page and print its article as JSON, or a folder of pages into {id: text}.") { page, directory, output };
        command.SetAction((result, token) =>
            RunAsync(result.GetValue(page), result.GetValue(directory), result.GetValue(output), result.UnmatchedTokens, token));
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    public static async Task<int> RunAsync(string? page, string? directory, string? output, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken)
    {
        if (directory is not null)
        {
            return await ExtractDirectoryAsync(directory, output, cancellationToken);
        }

        if (page is null)
        {
            await Console.Error.WriteLineAsync("extract: give a FILE or URL, or --dir DIR --out FILE.json");
            return 2;
        }

        var article = Uri.TryCreate(page, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? await FetchAndExtractAsync(url, configurationArgs, cancellationToken)
            : ExtractFile(page);
        if (article is null)
        {
            return 1;
        }

        Console.WriteLine(JsonSerializer.Serialize(ArticleJson.From(article), Json));
        return 0;
    }

    private static Article ExtractFile(string path)
    {
        var full = Path.GetFullPath(path);
        return new ArticleExtractor().Extract(PageDecoder.Decode(ReadPage(full), null), new Uri(full));
    }

    private static async Task<Article?> FetchAndExtractAsync(Uri url, IReadOnlyList<string> configurationArgs, CancellationToken cancellationToken)
    {
        // The same HTTP door as the pipeline: limits, redirects and the private-address guard apply.
        using var host = MonitorHost.CreateBuilder(configurationArgs).Build();
        var result = await host.Services.GetRequiredService<WebFetcher>().FetchPageAsync(url, cancellationToken);
        if (!result.IsSuccess)
        {
            await Console.Error.WriteLineAsync($"extract: {url}: {result.Error}");
            return null;
        }

        return host.Services.GetRequiredService<ArticleExtractor>().Extract(PageDecoder.Decode(result.Body, result.Charset), result.FinalUrl);
    }

    private static async Task<int> ExtractDirectoryAsync(string directory, string? output, CancellationToken cancellationToken)
    {
        if (output is null || !Directory.Exists(directory))
        {
            await Console.Error.WriteLineAsync("extract: --dir needs an existing folder and --out FILE.json");
            return 2;
        }

        var extractor = new ArticleExtractor();
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory).Where(IsPage))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = PageId(file);
            texts[id] = extractor.Extract(PageDecoder.Decode(ReadPage(file), null), new Uri(Path.GetFullPath(file))).Text;
        }

        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(texts, Json), cancellationToken);
        Console.WriteLine($"Extracted {texts.Count} pages to {output}");
        return 0;
    }

    private static bool IsPage(string file) =>
        file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase);

    private static string PageId(string file)
    {
        var name = Path.GetFileName(file);
        return name[..name.IndexOf(".html", StringComparison.OrdinalIgnoreCase)];
    }

    private static byte[] ReadPage(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllBytes(path);
        }

        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>The fields the issue asks the CLI to print, in that order.</summary>
    private sealed record ArticleJson(
        string Title, string? Byline, DateTimeOffset? Published, DateTimeOffset? Modified, string CanonicalUrl,
        string? SiteName, string? Language, string? Description, string Text)
    {
        public static ArticleJson From(Article a) =>
            new(a.Title, a.Byline, a.Published, a.Modified, a.CanonicalUrl.AbsoluteUri, a.SiteName, a.Language, a.Description, a.Text);
    }
}
