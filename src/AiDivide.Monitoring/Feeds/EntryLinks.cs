using System.Xml.Linq;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Picks the link of an item: the page the item is about, never its license, enclosure or feed.</summary>
/// <remarks>
/// Order: feedburner:origLink (the page behind a FeedBurner redirect); an RSS <c>&lt;link&gt;</c>
/// with text; an Atom link with <c>rel="alternate"</c> or no rel, HTML types first; a permalink
/// <c>&lt;guid&gt;</c>; <c>rdf:about</c>; an Atom id that is an http(s) URL. Other rels (license,
/// enclosure, self, edit, replies, related, via) are never used. Relative links resolve
/// against xml:base and then the feed URL.
/// </remarks>
internal static class EntryLinks
{
    private static readonly XName Href = "href";

    public static Uri? Select(XElement item, Uri feedUrl) =>
        FromText(FeedElements.In(item, FeedNamespaces.Feedburner, "origLink"), feedUrl)
        ?? FromText(Links(item).Where(link => link.Attribute(Href) is null), feedUrl)
        ?? Alternate(item, feedUrl)
        ?? FromText(FeedElements.Core(item, "guid").Where(IsPermaLink), feedUrl)
        ?? XmlBase.Resolve(item.Attribute(XName.Get("about", FeedNamespaces.Rdf))?.Value, item, feedUrl)
        ?? FromText(FeedElements.Core(item, "id"), feedUrl);

    private static IEnumerable<XElement> Links(XElement item) => item.Elements().Where(e => e.Name.LocalName == "link");

    private static Uri? Alternate(XElement item, Uri feedUrl)
    {
        var alternates = Links(item)
            .Where(link => link.Attribute(Href) is not null && IsAlternate(link.Attribute("rel")?.Value))
            .OrderBy(link => IsHtml(link.Attribute("type")?.Value) ? 0 : 1);
        return alternates.Select(link => XmlBase.Resolve(link.Attribute(Href)!.Value, link, feedUrl)).FirstOrDefault(uri => uri is not null);
    }

    private static Uri? FromText(IEnumerable<XElement> candidates, Uri feedUrl) =>
        candidates.Select(e => XmlBase.Resolve(e.Value, e, feedUrl)).FirstOrDefault(uri => uri is not null);

    private static bool IsAlternate(string? rel) =>
        string.IsNullOrWhiteSpace(rel) || rel.Trim().Equals("alternate", StringComparison.OrdinalIgnoreCase)
        || rel.Trim().Equals("http://www.iana.org/assignments/relation/alternate", StringComparison.OrdinalIgnoreCase);

    private static bool IsHtml(string? type) =>
        string.IsNullOrWhiteSpace(type) || type.Contains("html", StringComparison.OrdinalIgnoreCase);

    private static bool IsPermaLink(XElement guid) =>
        !string.Equals(guid.Attribute("isPermaLink")?.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase)
        && guid.Value.Trim().StartsWith("http", StringComparison.OrdinalIgnoreCase);
}
