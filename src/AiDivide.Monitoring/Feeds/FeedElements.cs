using System.Xml.Linq;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Looks up the children of a feed element by local name and namespace, leniently.</summary>
internal static class FeedElements
{
    /// <summary>Namespaces in which an element named like an RSS or Atom core element counts as one.</summary>
    private static readonly string[] CoreNamespaces = ["", FeedNamespaces.Atom, FeedNamespaces.Atom03, FeedNamespaces.Rss10, FeedNamespaces.Rss090];

    public static IEnumerable<XElement> Core(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName && CoreNamespaces.Contains(e.Name.NamespaceName));

    public static IEnumerable<XElement> In(XElement parent, string ns, string localName) => parent.Elements(XName.Get(localName, ns));

    /// <summary>The trimmed text of the first matching child that has any.</summary>
    public static string? Text(IEnumerable<XElement> candidates) =>
        candidates.Select(e => e.Value.Trim()).FirstOrDefault(value => value.Length > 0);

    /// <summary>Item (RSS, RDF) or entry (Atom) elements, wherever the document put them, but not inside one another.</summary>
    public static List<XElement> Items(XElement root)
    {
        var items = new List<XElement>();
        var pending = new Stack<XElement>([root]);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (element != root && element.Name.LocalName is "item" or "entry" && IsFeedNamespace(element.Name.NamespaceName))
            {
                items.Add(element);
                continue;
            }

            foreach (var child in element.Elements().Reverse())
            {
                pending.Push(child);
            }
        }

        return items;
    }

    /// <summary>The feed's own title: the channel's (RSS) or the root's (Atom), never an item's.</summary>
    public static string? FeedTitle(XElement root)
    {
        var channel = Core(root, "channel").FirstOrDefault();
        return Text(Core(channel ?? root, "title")) ?? Text(In(channel ?? root, FeedNamespaces.DublinCore, "title"));
    }

    private static bool IsFeedNamespace(string ns) => CoreNamespaces.Contains(ns);
}
