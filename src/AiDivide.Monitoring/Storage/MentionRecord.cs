namespace AiDivide.Monitoring.Storage;

/// <summary>A stored mention, keyed by entity and article.</summary>
public sealed record MentionRecord(string EntityId, string ArticleKey, int Count, string Snippet, DateTimeOffset FoundAt);
