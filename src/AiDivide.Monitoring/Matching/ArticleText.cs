namespace AiDivide.Monitoring.Matching;

/// <summary>What the matcher reads of an article.</summary>
/// <param name="Host">Host of the canonical URL, for <c>site:</c> in queries.</param>
/// <param name="Language">Language tag, for <c>lang:</c> in queries.</param>
public sealed record ArticleText(string Title, string Text, string? Host = null, string? Language = null)
{
    public static ArticleText From(Extraction.Article article) =>
        new(article.Title, article.Text, article.CanonicalUrl.Host, article.Language);
}
