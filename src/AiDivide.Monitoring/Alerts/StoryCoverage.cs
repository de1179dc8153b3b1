using AiDivide.Monitoring.Storage;

namespace AiDivide.Monitoring.Alerts;

/// <summary>Which other outlets carried a story: the "also reported by" line.</summary>
/// <remarks>
/// Read when a message is composed rather than when the alert is planned: the first copy of a wire
/// story is planned before the others have been fetched, and by delivery (seconds later, or after
/// quiet hours) they usually have.
/// </remarks>
public sealed class StoryCoverage(IStoryStore stories, IArticleStore articles)
{
    private const int MaxOutlets = 8;

    public async Task<IReadOnlyList<string>> OtherOutletsAsync(string? storyId, string articleKey, string? outlet, CancellationToken cancellationToken)
    {
        if (storyId is null)
        {
            return [];
        }

        var outlets = new List<string>();
        foreach (var key in await stories.ListStoryArticlesAsync(storyId, cancellationToken))
        {
            if (key == articleKey || await articles.GetArticleAsync(key, cancellationToken) is not { } copy)
            {
                continue;
            }

            var name = MailText.Outlet(copy.Article.SiteName, copy.Article.CanonicalUrl);
            if (!string.Equals(name, outlet, StringComparison.OrdinalIgnoreCase) && !outlets.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                outlets.Add(name);
            }

            if (outlets.Count == MaxOutlets)
            {
                break;
            }
        }

        return outlets;
    }

    /// <summary>The alert with its story's other outlets filled in (digests already carry theirs).</summary>
    public async Task<Alert> WithCopiesAsync(Alert alert, CancellationToken cancellationToken) =>
        alert.Digest is not null
            ? alert
            : alert with { AlsoReportedBy = await OtherOutletsAsync(alert.StoryId, alert.ArticleKey, MailText.Outlet(alert.SiteName, alert.ArticleUrl), cancellationToken) };
}
