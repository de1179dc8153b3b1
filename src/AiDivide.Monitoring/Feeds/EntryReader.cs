using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Reads one item element into a <see cref="FeedEntry"/>: our links, ids and dates; FeedReader's title and summary when it has them.</summary>
internal static partial class EntryReader
{
    public static FeedEntry Read(XElement item, Uri feedUrl, string? readerTitle, string? readerSummary)
    {
        var link = EntryLinks.Select(item, feedUrl);
        var title = CleanTitle(NonEmpty(readerTitle) ?? FeedElements.Text(FeedElements.Core(item, "title")) ?? FeedElements.Text(FeedElements.In(item, FeedNamespaces.DublinCore, "title")));
        var (published, updated) = EntryDates.Read(item);
        var id = FeedElements.Text(FeedElements.Core(item, "id"))
            ?? FeedElements.Text(FeedElements.Core(item, "guid"))
            ?? FeedElements.Text(FeedElements.In(item, FeedNamespaces.DublinCore, "identifier"))
            ?? NonEmpty(item.Attribute(XName.Get("about", FeedNamespaces.Rdf))?.Value)
            ?? link?.AbsoluteUri
            ?? HashId(title, published);
        var summary = NonEmpty(readerSummary)
            ?? FeedElements.Text(FeedElements.Core(item, "description"))
            ?? FeedElements.Text(FeedElements.Core(item, "summary"))
            ?? FeedElements.Text(FeedElements.In(item, FeedNamespaces.Content, "encoded"))
            ?? FeedElements.Text(FeedElements.Core(item, "content"));
        return new FeedEntry(id, link, title, published, summary) { Updated = updated };
    }

    /// <summary>A stable id for an item with neither id nor link, from what it shows (as Miniflux and SimplePie do).</summary>
    public static string HashId(string title, DateTimeOffset? published, Uri? link = null)
    {
        var key = $"{link?.AbsoluteUri}\n{title}\n{published?.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture)}";
        return "urn:sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>Titles are text: entities decoded once more (feeds double-escape), tags dropped, whitespace collapsed.</summary>
    public static string CleanTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return string.Empty;
        }

        var text = title.Contains('<', StringComparison.Ordinal) ? Tag().Replace(title, " ") : title;
        return Whitespace().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    public static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    /// <summary>The trimmed text, or null when there is none; for lazy <c>??</c> chains.</summary>
    public static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
