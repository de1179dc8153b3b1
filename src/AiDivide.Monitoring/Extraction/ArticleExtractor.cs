using AngleSharp.Html.Parser;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Parses an article page with AngleSharp into an <see cref="Article"/>: metadata and main text.</summary>
public sealed class ArticleExtractor
{
    private readonly HtmlParser parser = new(ParsedAttributes.ParserOptions);

    public Article Extract(string html, Uri pageUrl, string? contentLanguage = null)
    {
        // Everything kept from the DOM is a string of its own, so the pruned buffer can go back to the pool after the document.
        using var pruned = MarkupPruner.Prune(html);
        using var document = parser.ParseDocument(pruned.Text);
        var page = new PageMetadata(document);
        var siteName = MetadataReader.SiteName(document, page.Meta, page.LinkedData);
        var text = MainTextExtractor.Extract(document);
        return new Article
        {
            Url = pageUrl,
            CanonicalUrl = ResolveCanonical(MetadataReader.Canonical(document, page.Meta), pageUrl),
            Title = MetadataReader.Title(document, page.Meta, page.LinkedData, siteName),
            Text = text,
            Published = PublicationDates.Published(document, page, pageUrl),
            Modified = PublicationDates.Modified(page),
            Language = MetadataReader.Language(document, page.Meta, contentLanguage) ?? LanguageGuess.FromText(text),
            SiteName = siteName ?? pageUrl.Host,
            Byline = MetadataReader.Byline(page.Meta, page.LinkedData, page.Marked),
            Description = MetadataReader.Description(page.Meta, page.LinkedData),
        };
    }

    private static Uri ResolveCanonical(string? href, Uri pageUrl)
    {
        if (href is null || !Uri.TryCreate(pageUrl, href.Trim(), out var canonical)
            || (canonical.Scheme != Uri.UriSchemeHttp && canonical.Scheme != Uri.UriSchemeHttps))
        {
            return pageUrl;
        }

        return canonical;
    }
}
