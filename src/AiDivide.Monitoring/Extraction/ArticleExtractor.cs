using AngleSharp.Html.Parser;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Parses an article page with AngleSharp into an <see cref="Article"/>: metadata and main text.</summary>
public sealed class ArticleExtractor
{
    private readonly HtmlParser parser = new(new HtmlParserOptions { IsScripting = false });

    public Article Extract(string html, Uri pageUrl, string? contentLanguage = null)
    {
        using var document = parser.ParseDocument(html);
        var linkedData = LinkedData.Read(document);
        var siteName = MetadataReader.SiteName(document, linkedData);
        var text = MainTextExtractor.Extract(document);
        return new Article
        {
            Url = pageUrl,
            CanonicalUrl = ResolveCanonical(MetadataReader.Canonical(document), pageUrl),
            Title = MetadataReader.Title(document, linkedData, siteName),
            Text = text,
            Published = PublicationDates.Published(document, linkedData, pageUrl),
            Modified = PublicationDates.Modified(document, linkedData),
            Language = MetadataReader.Language(document, contentLanguage) ?? LanguageGuess.FromText(text),
            SiteName = siteName ?? pageUrl.Host,
            Byline = MetadataReader.Byline(document, linkedData),
            Description = MetadataReader.Description(document, linkedData),
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
