using System.Xml.Linq;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Finds an item's publication and update dates among the elements feeds use for them.</summary>
/// <remarks>
/// Published, first that parses: RSS <c>pubDate</c>, Atom <c>published</c>, Atom 0.3 <c>issued</c>,
/// <c>dcterms:issued</c>, <c>dcterms:created</c>, <c>dcterms:available</c>, <c>dc:date</c>,
/// <c>dcterms:date</c>. Updated: Atom <c>updated</c>, Atom 0.3 <c>modified</c>,
/// <c>dcterms:modified</c>. An item with only an update date is taken to have been published then
/// (as Miniflux does), so it is neither dateless nor dropped by date filters.
/// </remarks>
internal static class EntryDates
{
    private static readonly (string Namespace, string Name)[] PublishedOrder =
    [
        ("", "pubDate"), (FeedNamespaces.Rss10, "pubDate"), (FeedNamespaces.Atom, "published"), ("", "published"),
        (FeedNamespaces.Atom03, "issued"), (FeedNamespaces.DcTerms, "issued"), (FeedNamespaces.DcTerms, "created"),
        (FeedNamespaces.DcTerms, "available"), (FeedNamespaces.DublinCore, "date"), (FeedNamespaces.DcTerms, "date"),
    ];

    private static readonly (string Namespace, string Name)[] UpdatedOrder =
    [
        (FeedNamespaces.Atom, "updated"), ("", "updated"), (FeedNamespaces.Atom03, "modified"), (FeedNamespaces.DcTerms, "modified"),
    ];

    public static (DateTimeOffset? Published, DateTimeOffset? Updated) Read(XElement item)
    {
        var updated = First(item, UpdatedOrder);
        return (First(item, PublishedOrder) ?? updated, updated);
    }

    private static DateTimeOffset? First(XElement item, (string Namespace, string Name)[] order)
    {
        foreach (var (ns, name) in order)
        {
            foreach (var element in item.Elements(XName.Get(name, ns)))
            {
                if (FeedDateParser.Parse(element.Value) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }
}
