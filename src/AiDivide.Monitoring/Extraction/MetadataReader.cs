using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Reads an article's descriptive metadata from the places publishers put it, most reliable first.</summary>
internal static partial class MetadataReader
{
    private static readonly string[] BylineMeta =
    [
        "meta[name=author]", "meta[name='parsely-author']", "meta[name='sailthru.author']", "meta[name='dc.creator' i]",
        "meta[name='dcterms.creator' i]", "meta[property='article:author']", "meta[name='byl']",
    ];

    [GeneratedRegex(@"^(?:by|von|par|por|door|di|作者[:：]?|记者[:：]?)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    public static string Title(IDocument document, LinkedData linkedData, string? siteName)
    {
        var title = Meta(document, "meta[property='og:title']")
            ?? Meta(document, "meta[name='twitter:title']")
            ?? NonEmpty(linkedData.String("headline"))
            ?? NonEmpty(document.Title)
            ?? NonEmpty(document.QuerySelector("h1")?.TextContent)
            ?? string.Empty;
        return SiteTitle.StripSuffix(title, siteName);
    }

    public static string? Canonical(IDocument document) =>
        NonEmpty(document.QuerySelector("link[rel~=canonical i]")?.GetAttribute("href")) ?? Meta(document, "meta[property='og:url']");

    public static string? SiteName(IDocument document, LinkedData linkedData) =>
        Meta(document, "meta[property='og:site_name']")
        ?? NonEmpty(linkedData.Names("publisher"))
        ?? Meta(document, "meta[name='application-name']")
        ?? Meta(document, "meta[name='apple-mobile-web-app-title']")
        ?? SiteTitle.Suffix(document.Title);

    public static string? Byline(IDocument document, LinkedData linkedData)
    {
        if (NonEmpty(linkedData.Names("author")) is { } fromLinkedData)
        {
            return fromLinkedData;
        }

        foreach (var selector in BylineMeta)
        {
            // article:author is often a profile URL rather than a name.
            if (Meta(document, selector) is { } name && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        var visible = document.QuerySelector("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .byline, .author, .article-author")?.TextContent;
        return NonEmpty(visible) is { Length: < 120 } byline ? ByPrefix().Replace(byline, string.Empty) : null;
    }

    public static string? Description(IDocument document, LinkedData linkedData) =>
        Meta(document, "meta[name=description]")
        ?? Meta(document, "meta[property='og:description']")
        ?? Meta(document, "meta[name='twitter:description']")
        ?? NonEmpty(linkedData.String("description"));

    /// <summary>The declared language: <c>html lang</c>, the Content-Language meta or header, then <c>og:locale</c>.</summary>
    public static string? Language(IDocument document, string? contentLanguage) =>
        NonEmpty(document.DocumentElement.GetAttribute("lang"))
        ?? NonEmpty(document.DocumentElement.GetAttribute("xml:lang"))
        ?? Meta(document, "meta[http-equiv='content-language' i]")?.Split(',')[0].Trim()
        ?? NonEmpty(contentLanguage?.Split(',')[0])
        ?? Meta(document, "meta[property='og:locale']")?.Replace('_', '-');

    private static string? Meta(IDocument document, string selector) => NonEmpty(document.QuerySelector(selector)?.GetAttribute("content"));

    internal static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : Normalize(value);

    internal static string Normalize(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
