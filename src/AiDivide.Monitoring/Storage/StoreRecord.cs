namespace AiDivide.Monitoring.Storage;

/// <summary>One record of a store's state, as copied between adapters by <see cref="StoreMigration"/>.</summary>
public abstract record StoreRecord;

/// <summary>A feed with its schedule and health; leases are not carried over.</summary>
public sealed record FeedRecord(FeedState Feed, bool Active) : StoreRecord;

public sealed record EntryRecord(string Key, string FeedId, string? ArticleKey, bool Done, int Attempts, string? LastError, DateTimeOffset UpdatedAt) : StoreRecord;

public sealed record ArticleRecord(StoredArticle Article) : StoreRecord;

public sealed record UrlAliasRecord(string Url, string ArticleKey) : StoreRecord;

public sealed record MentionRow(MentionRecord Mention) : StoreRecord;

/// <summary>An outbox alert with its status, so what was sent stays sent.</summary>
public sealed record AlertRecord(OutboxItem Item, DateTimeOffset NextAttemptAt) : StoreRecord;

/// <summary>An article's fingerprint and story; band keys are recomputed on import.</summary>
public sealed record FingerprintRecord(StoryFingerprint Fingerprint) : StoreRecord;
