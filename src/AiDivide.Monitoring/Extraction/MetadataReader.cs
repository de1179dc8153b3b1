using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Reads an article's metadata from the places publishers put it, most reliable first.</summary>
internal static class MetadataReader
{
    private static readonly string[] PublishedMeta =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop=datePublished]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name='parsely-pub-date']", "meta[name='DC.date.issued']",
        "meta[name='dcterms.created']", "meta[name=date]",
    ];

    private static readonly string[] TitleSeparators = [" | ", " - ", " — ", " – ", " :: "];

    public static string? Published(IDocument document, IReadOnlyList<JsonElement> linkedData)
    {
        foreach (var node in linkedData)
        {
            if (FindString(node, "datePublished") is { } value)
            {
                return value;
            }
        }

        foreach (var selector in PublishedMeta)
        {
            if (document.QuerySelector(selector)?.GetAttribute("content") is { Length: > 0 } value)
            {
                return value;
            }
        }

        return document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
    }

    public static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;

    public static string Title(IDocument document, string? siteName)
    {
        var title = Meta(document, "meta[property='og:title']")
            ?? document.QuerySelector("h1")?.TextContent
            ?? document.Title
            ?? string.Empty;
        return StripSiteSuffix(Normalize(title), siteName);
    }

    public static string? Canonical(IDocument document) =>
        document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href") ?? Meta(document, "meta[property='og:url']");

    public static string? SiteName(IDocument document, IReadOnlyList<JsonElement> linkedData) =>
        Meta(document, "meta[property='og:site_name']")
        ?? linkedData.Select(n => FindPath(n, "publisher", "name")).FirstOrDefault(n => n is not null)
        ?? Meta(document, "meta[name='application-name']");

    public static string? Byline(IDocument document, IReadOnlyList<JsonElement> linkedData) =>
        Meta(document, "meta[name=author]")
        ?? linkedData.Select(n => FindPath(n, "author", "name")).FirstOrDefault(n => n is not null)
        ?? NonEmpty(document.QuerySelector("[rel=author], [itemprop=author], .byline, .author")?.TextContent);

    public static string? Description(IDocument document) =>
        Meta(document, "meta[name=description]") ?? Meta(document, "meta[property='og:description']");

    public static string? Language(IDocument document, string? contentLanguage) =>
        NonEmpty(document.DocumentElement.GetAttribute("lang"))
        ?? Meta(document, "meta[http-equiv='content-language' i]")
        ?? NonEmpty(contentLanguage?.Split(',')[0]);

    public static List<JsonElement> LinkedData(IDocument document)
    {
        var nodes = new List<JsonElement>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                nodes.Add(json.RootElement.Clone());
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the meta tags usually carry the same facts.
            }
        }

        return nodes;
    }

    private static string? FindString(JsonElement node, string property)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in node.EnumerateObject())
                {
                    if (member.NameEquals(property) && member.Value.ValueKind == JsonValueKind.String)
                    {
                        return member.Value.GetString();
                    }

                    if (FindString(member.Value, property) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            case JsonValueKind.Array:
                return node.EnumerateArray().Select(n => FindString(n, property)).FirstOrDefault(v => v is not null);
            default:
                return null;
        }
    }

    private static string? FindPath(JsonElement node, string property, string name)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            return node.EnumerateArray().Select(n => FindPath(n, property, name)).FirstOrDefault(v => v is not null);
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (node.TryGetProperty("@graph", out var graph))
        {
            return FindPath(graph, property, name);
        }

        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.TryGetProperty(name, out var inner) && inner.ValueKind == JsonValueKind.String => inner.GetString(),
            JsonValueKind.Array => value.EnumerateArray()
                .Select(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty(name, out var inner) ? inner.GetString() : null)
                .FirstOrDefault(v => v is not null),
            _ => null,
        };
    }

    /// <summary>The "… - Site Name" suffix of a document title, for pages that do not name their site otherwise.</summary>
    public static string? TitleSuffix(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        title = Normalize(title);
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            var tail = at > 0 ? title[(at + separator.Length)..].Trim() : string.Empty;
            if (IsLikelySiteName(tail, at))
            {
                return tail;
            }
        }

        return null;
    }

    private static string StripSiteSuffix(string title, string? siteName)
    {
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var tail = title[(at + separator.Length)..].Trim();
            var isSiteName = siteName is not null && tail.Equals(siteName.Trim(), StringComparison.OrdinalIgnoreCase);
            if (isSiteName || IsLikelySiteName(tail, at))
            {
                return title[..at].Trim();
            }
        }

        return title;
    }

    // A short tail after the last separator, shorter than the headline before it ("… - Lantern Data Times").
    private static bool IsLikelySiteName(string tail, int headlineLength) => tail.Length is > 0 and <= 40 && tail.Length < headlineLength;

    private static string? Meta(IDocument document, string selector) => NonEmpty(document.QuerySelector(selector)?.GetAttribute("content"));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : Normalize(value);

    private static string Normalize(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
