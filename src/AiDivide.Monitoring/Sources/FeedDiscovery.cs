using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Feeds;
using AiDivide.Monitoring.Fetching;
using AngleSharp.Html.Parser;

namespace AiDivide.Monitoring.Sources;

/// <summary>Finds a site's feeds from an address that may be a feed or a page.</summary>
/// <remarks>
/// In order, stopping at the first step that finds something: the address itself when it parses as
/// a feed; the feeds the page advertises with <c>&lt;link rel="alternate"&gt;</c> and an RSS, Atom,
/// RDF or JSON Feed type; the first of the usual paths on the site's root that parses as a feed.
/// Every candidate is fetched through <see cref="WebFetcher"/> (the one HTTP door, with its limits
/// and SSRF guard) and parsed, so nothing is offered that the daemon could not read.
/// </remarks>
public sealed class FeedDiscovery(WebFetcher fetcher, FeedParser parser)
{
    /// <summary>Paths feed software commonly serves (WordPress, Ghost, Hugo, Jekyll and others).</summary>
    public static readonly IReadOnlyList<string> UsualPaths = ["/feed", "/rss", "/atom.xml", "/feed.xml", "/rss.xml", "/index.xml"];

    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json", "application/json",
    };

    private readonly HtmlParser html = new();

    /// <returns>The feeds found, or an error saying what was tried.</returns>
    public async Task<(IReadOnlyList<DiscoveredFeed> Feeds, string? Error)> DiscoverAsync(Uri url, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchFeedAsync(url, ConditionalRequest.None, cancellationToken);
        if (!fetched.IsSuccess)
        {
            return ([], fetched.Error);
        }

        var itself = parser.Parse(fetched.Body, fetched.FinalUrl, fetched.Charset);
        if (itself.IsSuccess)
        {
            return ([new DiscoveredFeed(url, itself.Title, "the address is a feed")], null);
        }

        var found = new List<DiscoveredFeed>();
        foreach (var (candidate, title) in Advertised(fetched))
        {
            if (await TryReadAsync(candidate, cancellationToken) is { } feedTitle && found.All(f => f.Url != candidate))
            {
                found.Add(new DiscoveredFeed(candidate, title ?? feedTitle, "link rel=alternate"));
            }
        }

        if (found.Count > 0)
        {
            return (found, null);
        }

        foreach (var path in UsualPaths)
        {
            var candidate = new Uri(fetched.FinalUrl, path);
            if (await TryReadAsync(candidate, cancellationToken) is { } feedTitle)
            {
                return ([new DiscoveredFeed(candidate, feedTitle, "usual path " + path)], null);
            }
        }

        return ([], $"no feed found: {url} is not a feed ({itself.Error}), its page advertises none, and none of {string.Join(", ", UsualPaths)} is one");
    }

    private List<(Uri Url, string? Title)> Advertised(FetchResult page)
    {
        var document = html.ParseDocument(PageDecoder.Decode(page.Body, page.Charset));
        var baseUrl = document.QuerySelector("base[href]")?.GetAttribute("href") is { } href && Uri.TryCreate(page.FinalUrl, href, out var declared)
            ? declared
            : page.FinalUrl;
        var links = new List<(Uri, string?)>();
        foreach (var link in document.QuerySelectorAll("link[rel][href][type]"))
        {
            var rel = link.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var type = link.GetAttribute("type")!.Split(';')[0].Trim();
            if (rel.Contains("alternate", StringComparer.OrdinalIgnoreCase)
                && FeedTypes.Contains(type)
                && Uri.TryCreate(baseUrl, link.GetAttribute("href")!.Trim(), out var target)
                && (target.Scheme == Uri.UriSchemeHttp || target.Scheme == Uri.UriSchemeHttps))
            {
                links.Add((target, link.GetAttribute("title")?.Trim() is { Length: > 0 } title ? title : null));
            }
        }

        return links;
    }

    /// <returns>The feed's title (empty when it has none) if the address serves a readable feed; null otherwise.</returns>
    private async Task<string?> TryReadAsync(Uri candidate, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchFeedAsync(candidate, ConditionalRequest.None, cancellationToken);
        if (!fetched.IsSuccess)
        {
            return null;
        }

        var parsed = parser.Parse(fetched.Body, fetched.FinalUrl, fetched.Charset);
        return parsed.IsSuccess ? parsed.Title ?? "" : null;
    }
}
