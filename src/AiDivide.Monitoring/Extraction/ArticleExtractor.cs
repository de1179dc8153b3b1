using AngleSharp.Html.Parser;

namespace AiDivide.Monitoring.Extraction;

/// <summary>Parses an article page with AngleSharp into an <see cref="Article"/>.</summary>
public sealed class ArticleExtractor
{
    private readonly HtmlParser parser = new(new HtmlParserOptions { IsScripting = false });

    public Article Extract(string html, Uri pageUrl, string? contentLanguage = null)
    {
        using var document = parser.ParseDocument(html);
        var linkedData = MetadataReader.LinkedData(document);
        var siteName = MetadataReader.SiteName(document, linkedData) ?? MetadataReader.TitleSuffix(document.Title);
        var title = MetadataReader.Title(document, siteName);
        var canonical = ResolveCanonical(MetadataReader.Canonical(document), pageUrl);
        var published = MetadataReader.ParseDate(MetadataReader.Published(document, linkedData));
        var byline = MetadataReader.Byline(document, linkedData);
        var description = MetadataReader.Description(document);
        var language = MetadataReader.Language(document, contentLanguage);

        var text = MainTextExtractor.Extract(document);

        return new Article
        {
            Url = pageUrl,
            CanonicalUrl = canonical,
            Title = title,
            Text = text,
            Published = published,
            Language = language ?? LanguageGuess.FromText(text),
            SiteName = siteName ?? pageUrl.Host,
            Byline = byline,
            Description = description,
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
