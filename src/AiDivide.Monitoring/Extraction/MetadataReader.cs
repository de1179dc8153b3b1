using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Reads an article's descriptive metadata from the places publishers put it, most reliable first.</summary>
internal static partial class MetadataReader
{
    private static readonly string[] BylineMeta = ["author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "article:author", "byl"];

    [GeneratedRegex(@"^(?:by|von|par|por|door|di|作者[:：]?|记者[:：]?)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    public static string Title(IDocument document, MetaTags meta, LinkedData linkedData, string? siteName)
    {
        var title = meta.First("og:title", "twitter:title")
            ?? NonEmpty(linkedData.String("headline"))
            ?? NonEmpty(document.Title)
            ?? NonEmpty(document.QuerySelector("h1")?.TextContent)
            ?? string.Empty;
        return SiteTitle.StripSuffix(title, siteName);
    }

    public static string? Canonical(IDocument document, MetaTags meta) =>
        NonEmpty(document.Head?.QuerySelector("link[rel~=canonical i]")?.GetAttribute("href")) ?? meta.First("og:url");

    public static string? SiteName(IDocument document, MetaTags meta, LinkedData linkedData) =>
        meta.First("og:site_name")
        ?? NonEmpty(linkedData.Names("publisher"))
        ?? meta.First("application-name", "apple-mobile-web-app-title")
        ?? SiteTitle.Suffix(document.Title);

    public static string? Byline(MetaTags meta, LinkedData linkedData, MarkedElements marked)
    {
        if (NonEmpty(linkedData.Names("author")) is { } fromLinkedData)
        {
            return fromLinkedData;
        }

        foreach (var key in BylineMeta)
        {
            // article:author is often a profile URL rather than a name.
            if (meta.First(key) is { } name && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        var visible = (marked.ItemProp("author") ?? marked.Authors.FirstOrDefault())?.TextContent;
        return NonEmpty(visible) is { Length: < 120 } byline ? ByPrefix().Replace(byline, string.Empty) : null;
    }

    public static string? Description(MetaTags meta, LinkedData linkedData) =>
        meta.First("description", "og:description", "twitter:description") ?? NonEmpty(linkedData.String("description"));

    /// <summary>The declared language: <c>html lang</c>, the Content-Language meta or header, then <c>og:locale</c>.</summary>
    public static string? Language(IDocument document, MetaTags meta, string? contentLanguage) =>
        NonEmpty(document.DocumentElement.GetAttribute("lang"))
        ?? NonEmpty(document.DocumentElement.GetAttribute("xml:lang"))
        ?? meta.First("content-language")?.Split(',')[0].Trim()
        ?? NonEmpty(contentLanguage?.Split(',')[0])
        ?? meta.First("og:locale")?.Replace('_', '-');

    internal static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : Normalize(value);

    internal static string Normalize(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
