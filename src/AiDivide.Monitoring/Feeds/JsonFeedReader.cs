using System.Text.Json;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Reads JSON Feed 1.0 and 1.1 documents (jsonfeed.org) with the same link, id and date rules as XML feeds.</summary>
/// <remarks>
/// System.Text.Json rather than FeedReader's JSON support: it bounds nesting (depth 64) and lets
/// us read lenient JSON (comments, trailing commas) and numeric ids that real JSON feeds carry.
/// </remarks>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static bool LooksLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c == '{';
            }
        }

        return false;
    }

    public static FeedParseResult Read(string text, Uri feedUrl)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text.TrimStart('\uFEFF'), Options);
        }
        catch (JsonException ex)
        {
            return FeedParseResult.Failed($"malformed JSON feed at line {ex.LineNumber + 1}: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                return FeedParseResult.Failed("not a feed: a JSON document without an items array");
            }

            var baseUrl = Resolve(String(root, "feed_url"), feedUrl) ?? feedUrl;
            var entries = items.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object).Select(item => ReadItem(item, baseUrl)).ToList();
            return new FeedParseResult(EntryReader.CleanTitle(String(root, "title")), entries, null);
        }
    }

    private static FeedEntry ReadItem(JsonElement item, Uri baseUrl)
    {
        var link = Resolve(String(item, "url"), baseUrl) ?? Resolve(String(item, "external_url"), baseUrl);
        var title = EntryReader.CleanTitle(String(item, "title"));
        var updated = FeedDateParser.Parse(String(item, "date_modified"));
        var published = FeedDateParser.Parse(String(item, "date_published")) ?? updated;
        var id = EntryReader.FirstNonEmpty(String(item, "id"), link?.AbsoluteUri) ?? EntryReader.HashId(title, published);
        var summary = EntryReader.FirstNonEmpty(String(item, "summary"), String(item, "content_text"), String(item, "content_html"));
        return new FeedEntry(id, link, title, published, summary) { Updated = updated };
    }

    private static Uri? Resolve(string? url, Uri baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(baseUrl, url.Trim(), out var resolved))
        {
            return null;
        }

        return resolved.Scheme == Uri.UriSchemeHttp || resolved.Scheme == Uri.UriSchemeHttps ? resolved : null;
    }

    /// <summary>A property as text; JSON Feed ids are strings, but numbers are common.</summary>
    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
