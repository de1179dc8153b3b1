using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace AiDivide.Monitoring.Extraction;

/// <summary>
/// Finds when an article was published and last modified, from the most to the least reliable source:
/// JSON-LD, OpenGraph <c>article:*</c>, other meta tags, <c>&lt;time datetime&gt;</c>, the URL, a visible dateline.
/// </summary>
internal static partial class PublicationDates
{
    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "parsely-pub-date",
        "sailthru.date", "article.published", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "dc.date.created",
        "date", "original-publish-date", "OriginalPublicationDate",
    ];

    private static readonly string[] ModifiedMeta =
    [
        "article:modified_time", "og:updated_time", "dateModified", "dcterms.modified", "dc.date.modified", "lastmod", "last-modified",
        "article.updated",
    ];

    // Classes of the small elements that print a story's date next to its headline.
    private const string DatelineSelector =
        "time, [class*=date i], [class*=time i], [class*=dateline i], [class*=posted i], [class*=published i], [class*=byline i], [class*=meta i]";

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[-_.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    [GeneratedRegex(
        @"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}[:：]\d{2})?|\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?|" +
        @"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?|" +
        @"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s+[A-Z]{2,4})?)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VisibleDate();

    public static DateTimeOffset? Published(IDocument document, PageMetadata page, Uri pageUrl) =>
        DateParser.Parse(page.LinkedData.String("datePublished"))
        ?? FirstDate(page.Meta, PublishedMeta)
        ?? TimeElement(page.Marked, "datePublished")
        ?? FromUrl(pageUrl)
        ?? Dateline(document);

    public static DateTimeOffset? Modified(PageMetadata page) =>
        DateParser.Parse(page.LinkedData.String("dateModified"))
        ?? FirstDate(page.Meta, ModifiedMeta)
        ?? DateParser.Parse(MarkedTime(page.Marked, "dateModified")?.GetAttribute("datetime"));

    private static DateTimeOffset? FirstDate(MetaTags meta, string[] keys)
    {
        foreach (var key in keys)
        {
            if (DateParser.Parse(meta[key]) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>A <c>time</c> element marked as the publication date, else the first one with a machine-readable value.</summary>
    private static DateTimeOffset? TimeElement(MarkedElements marked, string itemProp)
    {
        var time = MarkedTime(marked, itemProp)
            ?? marked.Times.Find(t => t.HasAttribute("datetime") && (t.HasAttribute("pubdate") || t.ClassList.Contains("published")))
            ?? marked.Times.Find(t => t.HasAttribute("datetime"));
        return DateParser.Parse(time?.GetAttribute("datetime"))
            ?? DateParser.Parse(marked.ItemProp(itemProp) is { } element ? element.GetAttribute("content") ?? element.TextContent : null);
    }

    /// <summary>A <c>time</c> element carrying the microdata property, or inside an element that does.</summary>
    private static IElement? MarkedTime(MarkedElements marked, string itemProp) =>
        marked.Times.Find(t => t.HasAttribute("datetime")
            && (t.GetAttribute("itemprop") == itemProp || t.ParentElement?.GetAttribute("itemprop") == itemProp));

    /// <summary>A date in the path (/2019/11/19/, /2019-11-19-, /20191119/): the day only, at midnight UTC.</summary>
    public static DateTimeOffset? FromUrl(Uri url)
    {
        var match = UrlDate().Match(url.AbsolutePath);
        return match.Success
            ? DateParser.Parse($"{match.Groups[1].Value}-{match.Groups[2].Value}-{match.Groups[3].Value}")
            : null;
    }

    /// <summary>The last resort: a date printed in a short date, time or byline element, else early in the body text.</summary>
    private static DateTimeOffset? Dateline(IDocument document)
    {
        foreach (var element in document.Body?.QuerySelectorAll(DatelineSelector) ?? Enumerable.Empty<IElement>())
        {
            var text = element.TextContent;
            if (text.Length < 120 && VisibleDate().Match(text) is { Success: true } match && DateParser.Parse(match.Value) is { } date)
            {
                return date;
            }
        }

        var body = document.Body?.TextContent;
        var early = body is null ? null : VisibleDate().Match(body, 0, Math.Min(body.Length, 5000));
        return early is { Success: true } ? DateParser.Parse(early.Value) : null;
    }
}
