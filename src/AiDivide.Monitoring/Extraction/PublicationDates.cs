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
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[property='og:published_time']",
        "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
        "meta[name='parsely-pub-date']", "meta[name='sailthru.date']", "meta[name='article.published']", "meta[name='dc.date.issued' i]",
        "meta[name='dcterms.issued' i]", "meta[name='dc.date' i]", "meta[name='dcterms.created' i]", "meta[name='dc.date.created' i]",
        "meta[name=date]", "meta[name='original-publish-date']", "meta[name=OriginalPublicationDate]",
    ];

    private static readonly string[] ModifiedMeta =
    [
        "meta[property='article:modified_time']", "meta[name='article:modified_time']", "meta[property='og:updated_time']",
        "meta[itemprop=dateModified]", "meta[name='dcterms.modified' i]", "meta[name='dc.date.modified' i]",
        "meta[name=lastmod]", "meta[name='last-modified']", "meta[http-equiv='last-modified' i]", "meta[name='article.updated']",
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

    public static DateTimeOffset? Published(IDocument document, LinkedData linkedData, Uri pageUrl) =>
        DateParser.Parse(linkedData.String("datePublished"))
        ?? FirstMeta(document, PublishedMeta)
        ?? TimeElement(document, "datePublished", "published")
        ?? FromUrl(pageUrl)
        ?? Dateline(document);

    public static DateTimeOffset? Modified(IDocument document, LinkedData linkedData) =>
        DateParser.Parse(linkedData.String("dateModified"))
        ?? FirstMeta(document, ModifiedMeta)
        ?? DateParser.Parse(document.QuerySelector("time[itemprop=dateModified][datetime], [itemprop=dateModified] time[datetime]")?.GetAttribute("datetime"));

    private static DateTimeOffset? FirstMeta(IDocument document, string[] selectors)
    {
        foreach (var selector in selectors)
        {
            if (DateParser.Parse(document.QuerySelector(selector)?.GetAttribute("content")) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>A <c>time</c> element marked as the publication date, else the first one with a machine-readable value.</summary>
    private static DateTimeOffset? TimeElement(IDocument document, string itemProp, string className)
    {
        var marked = document.QuerySelector($"time[itemprop={itemProp}][datetime], [itemprop={itemProp}] time[datetime], time[pubdate][datetime], time.{className}[datetime]");
        return DateParser.Parse(marked?.GetAttribute("datetime"))
            ?? DateParser.Parse((marked ?? document.QuerySelector("time[datetime]"))?.GetAttribute("datetime"))
            ?? DateParser.Parse(document.QuerySelector($"[itemprop={itemProp}]")?.TextContent);
    }

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
