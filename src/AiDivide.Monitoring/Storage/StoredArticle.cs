using AiDivide.Monitoring.Extraction;

namespace AiDivide.Monitoring.Storage;

/// <summary>An article in the store under its key (the canonical URL).</summary>
/// <param name="MatchedAt">When its mentions and alerts were recorded; null while that is still owed.</param>
public sealed record StoredArticle(string Key, Article Article, string FeedId, DateTimeOffset FetchedAt, DateTimeOffset? MatchedAt);
