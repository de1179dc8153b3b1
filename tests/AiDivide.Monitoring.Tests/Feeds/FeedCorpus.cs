using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiDivide.Monitoring.Feeds;
using AiDivide.Monitoring.Tests.Support;

namespace AiDivide.Monitoring.Tests.Feeds;

/// <summary>
/// The feed corpus in TestData/Feeds/Corpus: each feed file beside a <c>.expected.json</c> with its
/// title, entries (title, link, id, published, updated), repair kinds and error; an optional
/// <c>.charset</c> file holds the HTTP charset the feed is served with.
/// </summary>
/// <remarks>
/// To regenerate after a deliberate change, run the corpus tests with
/// <c>FEEDS_CORPUS_UPDATE=/path/to/tests/AiDivide.Monitoring.Tests/TestData/Feeds/Corpus</c>, then
/// review every changed expectation in the diff before committing it.
/// </remarks>
internal static class FeedCorpus
{
    public static readonly Uri FeedUrl = new("https://wire.example.org/feeds/all.xml");

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Directory => TestPaths.TestData("Feeds", "Corpus");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in System.IO.Directory.GetFiles(Directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!name.EndsWith(".expected.json", StringComparison.Ordinal) && !name.EndsWith(".charset", StringComparison.Ordinal))
            {
                data.Add(name);
            }
        }

        return data;
    }

    public static FeedParseResult Parse(string file)
    {
        var charsetFile = Path.Combine(Directory, Path.GetFileNameWithoutExtension(file) + ".charset");
        var charset = File.Exists(charsetFile) ? File.ReadAllText(charsetFile).Trim() : null;
        return new FeedParser().Parse(File.ReadAllBytes(Path.Combine(Directory, file)), FeedUrl, charset);
    }

    /// <summary>The result in the expectation format; dates keep the feed's offset.</summary>
    public static JsonObject Project(FeedParseResult result) => new()
    {
        ["title"] = result.Title,
        ["error"] = result.Error,
        ["repairs"] = new JsonArray([.. result.Repairs.Select(r => r.Kind).Distinct().Order(StringComparer.Ordinal).Select(k => (JsonNode)k)]),
        ["entries"] = new JsonArray([.. result.Entries.Select(e => (JsonNode)new JsonObject
        {
            ["title"] = e.Title,
            ["link"] = e.Link?.AbsoluteUri,
            ["id"] = e.Id,
            ["published"] = Date(e.Published),
            ["updated"] = Date(e.Updated),
        })]),
    };

    public static string Expected(string file) => File.ReadAllText(ExpectedPath(Directory, file));

    public static string Serialize(JsonObject projection) => projection.ToJsonString(Indented) + "\n";

    /// <summary>Writes the expectation into the source tree when FEEDS_CORPUS_UPDATE names it.</summary>
    public static void UpdateIfAsked(string file, string actual)
    {
        if (Environment.GetEnvironmentVariable("FEEDS_CORPUS_UPDATE") is { Length: > 0 } source)
        {
            File.WriteAllText(ExpectedPath(source, file), actual);
            File.WriteAllText(ExpectedPath(Directory, file), actual);
        }
    }

    private static string ExpectedPath(string directory, string file) => Path.Combine(directory, Path.GetFileNameWithoutExtension(file) + ".expected.json");

    private static string? Date(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
