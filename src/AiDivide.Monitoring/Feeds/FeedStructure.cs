using System.Xml.Linq;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Reshapes unusual but readable feed documents into the shape FeedReader expects.</summary>
/// <remarks>
/// Seen in the wild: <c>&lt;rss&gt;</c> with items and no <c>&lt;channel&gt;</c>, or without a version;
/// <c>&lt;channel&gt;</c> as the root; RSS items beside the channel instead of in it; a feed wrapped
/// in another element; Atom with a prefixed root (<c>&lt;atom:feed&gt;</c>), which FeedReader, looking
/// for unprefixed children, reads as empty; RSS 2.0 elements put in a namespace.
/// </remarks>
internal static class FeedStructure
{
    private static readonly Dictionary<string, string> RssNames = new[]
    {
        "channel", "item", "title", "link", "description", "guid", "pubDate", "category", "author", "comments", "enclosure",
        "source", "language", "lastBuildDate", "image", "url",
    }.ToDictionary(name => name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The kind of feed after reshaping, or null when the document is not a feed.</summary>
    public static FeedKind? Normalize(XDocument document, RepairLog log)
    {
        if (document.Root is not { } root)
        {
            return null;
        }

        if (KindOf(root) is null && FindFeedRoot(root) is { } inner)
        {
            log.Add(FeedRepairKinds.Structure, $"read the feed inside <{root.Name.LocalName}>");
            inner.Remove();
            document.Root!.ReplaceWith(inner);
            root = inner;
        }

        switch (KindOf(root))
        {
            case FeedKind.Rss:
                NormalizeRss(document, log);
                return FeedKind.Rss;
            case FeedKind.Atom:
                UnprefixRoot(root, log);
                return FeedKind.Atom;
            case FeedKind.Rdf:
                return FeedKind.Rdf;
            default:
                return null;
        }
    }

    public static FeedKind? KindOf(XElement element) => element.Name.LocalName.ToUpperInvariant() switch
    {
        "RSS" or "CHANNEL" => FeedKind.Rss,
        "FEED" => FeedKind.Atom,
        "RDF" => FeedKind.Rdf,
        _ => null,
    };

    private static XElement? FindFeedRoot(XElement root) => root.Descendants().FirstOrDefault(element => KindOf(element) is not null);

    private static void NormalizeRss(XDocument document, RepairLog log)
    {
        var root = document.Root!;
        if (root.Name.NamespaceName.Length > 0)
        {
            log.Add(FeedRepairKinds.Structure, $"moved RSS elements out of namespace {root.Name.NamespaceName}");
            StripNamespace(root, root.Name.Namespace);
        }

        if (root.Name.LocalName != "rss")
        {
            log.Add(FeedRepairKinds.Structure, root.Name.LocalName == "channel" ? "wrapped a root <channel> in <rss>" : $"read <{root.Name.LocalName}> as <rss>");
            root = root.Name.LocalName == "channel" ? new XElement("rss", root) : new XElement("rss", root.Attributes(), root.Nodes());
            document.Root!.ReplaceWith(root);
        }

        MendElementCase(root, log);
        if (root.Attribute("version") is null)
        {
            log.Add(FeedRepairKinds.Structure, "gave <rss> without a version the version 2.0");
            root.SetAttributeValue("version", "2.0");
        }

        var channel = root.Element("channel");
        if (channel is null)
        {
            log.Add(FeedRepairKinds.Structure, "put the children of an <rss> without <channel> into one");
            channel = new XElement("channel", root.Nodes());
            root.ReplaceNodes(channel);
        }

        var strays = root.Elements("item").ToList();
        if (strays.Count > 0)
        {
            log.Add(FeedRepairKinds.Structure, $"moved {strays.Count} items from beside <channel> into it");
            strays.ForEach(item => item.Remove());
            channel.Add(strays);
        }
    }

    /// <summary>Old feeds write <c>&lt;ITEM&gt;</c> and <c>&lt;PUBDATE&gt;</c>; XML names are case-sensitive, feed readers are not.</summary>
    private static void MendElementCase(XElement root, RepairLog log)
    {
        foreach (var element in root.Descendants().Where(e => e.Name.Namespace == XNamespace.None))
        {
            if (RssNames.TryGetValue(element.Name.LocalName, out var proper) && proper != element.Name.LocalName)
            {
                log.Add(FeedRepairKinds.Structure, "corrected the case of RSS element names", $"<{element.Name.LocalName}>");
                element.Name = proper;
            }
        }
    }

    private static void StripNamespace(XElement root, XNamespace ns)
    {
        foreach (var element in root.DescendantsAndSelf().Where(e => e.Name.Namespace == ns))
        {
            element.Name = element.Name.LocalName;
        }

        root.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == ns.NamespaceName).Remove();
    }

    private static void UnprefixRoot(XElement root, RepairLog log)
    {
        var ns = root.Name.Namespace;
        if (ns == XNamespace.None || root.GetPrefixOfNamespace(ns) is null)
        {
            return;
        }

        log.Add(FeedRepairKinds.Structure, $"made the prefixed root <{root.GetPrefixOfNamespace(ns)}:{root.Name.LocalName}> use a default namespace");
        foreach (var element in root.DescendantsAndSelf())
        {
            element.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == ns.NamespaceName).Remove();
        }

        root.SetAttributeValue("xmlns", ns.NamespaceName);
    }
}
