namespace AiDivide.Monitoring.Storage;

/// <summary>Articles under their canonical URL, and the other URLs known to lead to them.</summary>
public interface IArticleStore
{
    /// <summary>The key of the article stored under, or aliased by, this canonical URL.</summary>
    Task<string?> FindArticleKeyAsync(string canonicalUrl, CancellationToken cancellationToken);

    Task<StoredArticle?> GetArticleAsync(string key, CancellationToken cancellationToken);

    /// <summary>Insert-if-absent on the key; false when it was already there.</summary>
    Task<bool> TryAddArticleAsync(StoredArticle article, CancellationToken cancellationToken);

    /// <summary>Records that <paramref name="url"/> leads to the article (insert-if-absent).</summary>
    Task AddUrlAliasAsync(string url, string articleKey, CancellationToken cancellationToken);

    Task MarkArticleMatchedAsync(string key, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>A page of stored articles in key order, after <paramref name="afterKey"/> (null for the first page); for backfills.</summary>
    Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(string? afterKey, int limit, CancellationToken cancellationToken);

    Task<long> CountArticlesAsync(CancellationToken cancellationToken);
}
