using System.Xml;
using System.Xml.Linq;

namespace AiDivide.Monitoring.Sources;

/// <summary>Reads and writes OPML 2.0 subscription lists, the format feed readers import and export.</summary>
/// <remarks>
/// Reading takes every <c>outline</c> with an http(s) <c>xmlUrl</c>, however deep in folders, and
/// skips the rest (folders, links, scripts). OPML comes from other programs and from strangers, so
/// it is read like a feed: no DTD processing, no resolver, nothing fetched.
/// </remarks>
public static class OpmlDocument
{
    private static readonly XmlReaderSettings Safe = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 64L * 1024 * 1024,
    };

    public static IReadOnlyList<OpmlOutline> Read(Stream stream)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(stream, Safe);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"not an OPML file: {ex.Message}", ex);
        }

        var body = document.Root is { Name.LocalName: "opml" } root ? root.Element("body") : null;
        if (body is null)
        {
            throw new InvalidDataException("not an OPML file: no <opml><body>");
        }

        var outlines = new List<OpmlOutline>();
        Collect(body, null, outlines);
        return outlines;
    }

    public static void Write(IEnumerable<FeedDefinition> feeds, Stream stream, string title, DateTimeOffset createdAt)
    {
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(
                "opml",
                new XAttribute("version", "2.0"),
                new XElement(
                    "head",
                    new XElement("title", title),
                    new XElement("dateCreated", createdAt.ToString("r", System.Globalization.CultureInfo.InvariantCulture))),
                new XElement("body", feeds.Select(feed => new XElement(
                    "outline",
                    new XAttribute("type", "rss"),
                    new XAttribute("text", feed.Title),
                    new XAttribute("title", feed.Title),
                    new XAttribute("xmlUrl", feed.Url.AbsoluteUri))))));
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false });
        document.Save(writer);
    }

    private static void Collect(XElement parent, string? category, List<OpmlOutline> outlines)
    {
        foreach (var outline in parent.Elements("outline"))
        {
            var title = Attribute(outline, "title") ?? Attribute(outline, "text");
            if (Attribute(outline, "xmlUrl") is { } xmlUrl
                && Uri.TryCreate(xmlUrl, UriKind.Absolute, out var url)
                && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                outlines.Add(new OpmlOutline(url, title, category));
            }

            Collect(outline, title is null ? category : category is null ? title : $"{category}/{title}", outlines);
        }
    }

    private static string? Attribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => string.Equals(a.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Value.Trim() is { Length: > 0 } value ? value : null;
}
