using AiDivide.Monitoring.Extraction;
using AiDivide.Monitoring.Feeds;
using AiDivide.Monitoring.Fetching;
using AiDivide.Monitoring.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AiDivide.Worker.Cli;

/// <summary>What the pipeline would make of one entry's page: the article extracted, and the watchlist entities it mentions.</summary>
/// <param name="Error">Why the page could not be read (fetch refused, robots.txt, HTTP error); null when it was.</param>
internal sealed record PagePreview(Uri Link, string? Error, string? Title, int Words, IReadOnlyList<Mention> Mentions)
{
    /// <summary>Fetches, extracts and matches the first <paramref name="count"/> linked entries, one after another.</summary>
    /// <remarks>
    /// Through the pipeline's own fetcher, extractor and watchlist, so what is shown is what a poll would
    /// store and match; the feed list's per-feed <c>filter</c> is not applied (the feed may not be listed).
    /// </remarks>
    public static async Task<IReadOnlyList<PagePreview>> ForAsync(IReadOnlyList<FeedEntry> entries, int count, IHost host, CancellationToken cancellationToken)
    {
        var fetcher = host.Services.GetRequiredService<WebFetcher>();
        var extractor = host.Services.GetRequiredService<ArticleExtractor>();
        var matcher = host.Services.GetRequiredService<WatchlistProvider>().Current.Matcher;
        var previews = new List<PagePreview>();
        foreach (var link in entries.Select(e => e.Link).OfType<Uri>().Take(count))
        {
            var page = await fetcher.FetchPageAsync(link, cancellationToken);
            if (!page.IsSuccess)
            {
                previews.Add(new PagePreview(link, page.Error, null, 0, []));
                continue;
            }

            var article = extractor.Extract(PageDecoder.Decode(page.Body, page.Charset), page.FinalUrl);
            var words = article.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            previews.Add(new PagePreview(link, null, article.Title, words, matcher.Match(ArticleText.From(article))));
        }

        return previews;
    }

    /// <summary>Entity ids with their counts, "none" when nothing matched.</summary>
    public string MentionSummary => Mentions.Count == 0 ? "none" : string.Join(", ", Mentions.Select(m => $"{m.Entity.Name} ×{m.Count}"));
}
