using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AiDivide.Monitoring.Matching.Queries;

namespace AiDivide.Monitoring.Sources;

/// <summary>Reads the user's feed list (a JSON file) into <see cref="FeedDefinition"/>s.</summary>
/// <remarks>
/// The file is <c>{"feeds": [{"id": "...", "url": "...", "title": "...", "filter": "...", "conditional": false}]}</c>; <c>id</c>,
/// <c>title</c>, <c>filter</c> (a topic query that articles must match to be matched at all, for
/// broad feeds) and <c>conditional</c> (false: no conditional GET for a server whose validators lie) are
/// optional, as are <c>backlog</c> and <c>maxArticleAge</c> (see <see cref="FeedAlertingFields"/>). A feed without an id gets one derived from its URL, so editing a title never
/// orphans a feed's state.
/// </remarks>
public static class FeedListLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<FeedDefinition> Load(string path)
    {
        FeedListDocument? document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonSerializer.Deserialize<FeedListDocument>(stream, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Feed list '{path}': line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new InvalidDataException($"Feed list '{path}': {ex.Message}", ex);
        }

        return Parse(document?.Feeds ?? [], path);
    }

    /// <summary>Reads the <c>feeds</c> array of a feed list given as JSON text; <paramref name="path"/> names it in errors.</summary>
    public static IReadOnlyList<FeedDefinition> Parse(string feedsArrayJson, string path)
    {
        try
        {
            return Parse(JsonSerializer.Deserialize<List<FeedListEntry>>(feedsArrayJson, JsonOptions) ?? [], path);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Feed list '{path}': {ex.Message}", ex);
        }
    }

    public static string IdFor(Uri url)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri));
        return "feed-" + Convert.ToHexStringLower(hash)[..16];
    }

    private static List<FeedDefinition> Parse(List<FeedListEntry> entries, string path)
    {
        var feeds = new List<FeedDefinition>(entries.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!Uri.TryCreate(entry.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                throw new InvalidDataException($"Feed list '{path}': feeds[{i}].url '{entry.Url}' is not an absolute http(s) URL.");
            }

            var id = string.IsNullOrWhiteSpace(entry.Id) ? IdFor(url) : entry.Id.Trim();
            if (!ids.Add(id))
            {
                throw new InvalidDataException($"Feed list '{path}': feeds[{i}].id '{id}' appears twice.");
            }

            feeds.Add(new FeedDefinition(id, url, string.IsNullOrWhiteSpace(entry.Title) ? url.Host : entry.Title.Trim())
            {
                Filter = ParseFilter(entry.Filter, $"Feed list '{path}': feeds[{i}].filter"),
                UsesConditionalGet = entry.Conditional ?? true,
                Backlog = FeedAlertingFields.ParseBacklog(entry.Backlog, $"Feed list '{path}': feeds[{i}].backlog"),
                MaxArticleAge = FeedAlertingFields.ParseMaxArticleAge(entry.MaxArticleAge, $"Feed list '{path}': feeds[{i}].maxArticleAge"),
            });
        }

        return feeds;
    }

    private static TopicQuery? ParseFilter(string? filter, string where)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return null;
        }

        try
        {
            return TopicQuery.Parse(filter);
        }
        catch (QuerySyntaxException ex)
        {
            throw new InvalidDataException($"{where} {ex.Message} in '{filter}'", ex);
        }
    }

    private sealed class FeedListDocument
    {
        public List<FeedListEntry> Feeds { get; set; } = [];
    }

    private sealed class FeedListEntry
    {
        public string? Id { get; set; }

        public string? Url { get; set; }

        public string? Title { get; set; }

        public string? Filter { get; set; }

        public bool? Conditional { get; set; }

        public string? Backlog { get; set; }

        public string? MaxArticleAge { get; set; }
    }
}
