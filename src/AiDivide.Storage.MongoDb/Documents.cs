using MongoDB.Bson.Serialization.Attributes;

namespace AiDivide.Storage.MongoDb;

// One document type per collection. _id is the record's deterministic key, so every write is an
// insert-if-absent or an upsert on it, and a duplicate key means "already done", never an error.

internal sealed class FeedDocument
{
    [BsonId] public string Id { get; set; } = "";
    [BsonElement("url")] public string Url { get; set; } = "";
    [BsonElement("title")] public string Title { get; set; } = "";
    [BsonElement("active")] public bool Active { get; set; }
    [BsonElement("nextPollAt")] public DateTime NextPollAt { get; set; }
    [BsonElement("etag")] public string? ETag { get; set; }
    [BsonElement("lastModified")] public string? LastModified { get; set; }
    [BsonElement("failures")] public int ConsecutiveFailures { get; set; }
    [BsonElement("lastError")] public string? LastError { get; set; }
    [BsonElement("lastPolledAt")] public DateTime? LastPolledAt { get; set; }
    [BsonElement("lastSuccessAt")] public DateTime? LastSuccessAt { get; set; }
    [BsonElement("leaseOwner")] public string? LeaseOwner { get; set; }
    [BsonElement("leaseUntil")] public DateTime? LeaseUntil { get; set; }
    [BsonElement("leaseGeneration")] public long LeaseGeneration { get; set; }

    // Schedule and health (documents written before these existed read as the defaults).
    [BsonElement("conditional")] public bool Conditional { get; set; } = true;
    [BsonElement("lastErrorAt")] public DateTime? LastErrorAt { get; set; }
    [BsonElement("failingSince")] public DateTime? FailingSince { get; set; }
    [BsonElement("lastNewItemAt")] public DateTime? LastNewItemAt { get; set; }
    [BsonElement("updateIntervalMs")] public long? UpdateIntervalMs { get; set; }
    [BsonElement("publisherIntervalMs")] public long? PublisherIntervalMs { get; set; }
}

internal sealed class EntryDocument
{
    [BsonId] public string Id { get; set; } = "";
    [BsonElement("feedId")] public string FeedId { get; set; } = "";
    [BsonElement("articleKey")] public string? ArticleKey { get; set; }
    [BsonElement("done")] public bool Done { get; set; }
    [BsonElement("attempts")] public int Attempts { get; set; }
    [BsonElement("lastError")] public string? LastError { get; set; }
    [BsonElement("updatedAt")] public DateTime UpdatedAt { get; set; }
}

internal sealed class ArticleDocument
{
    [BsonId] public string Id { get; set; } = "";
    [BsonElement("feedId")] public string FeedId { get; set; } = "";
    [BsonElement("url")] public string Url { get; set; } = "";
    [BsonElement("canonicalUrl")] public string CanonicalUrl { get; set; } = "";
    [BsonElement("title")] public string Title { get; set; } = "";
    [BsonElement("text")] public string Text { get; set; } = "";

    /// <summary>ISO 8601 with the publisher's offset, which a BSON date would lose.</summary>
    [BsonElement("published")] public string? Published { get; set; }
    [BsonElement("language")] public string? Language { get; set; }
    [BsonElement("siteName")] public string? SiteName { get; set; }
    [BsonElement("byline")] public string? Byline { get; set; }
    [BsonElement("description")] public string? Description { get; set; }
    [BsonElement("fetchedAt")] public DateTime FetchedAt { get; set; }
    [BsonElement("matchedAt")] public DateTime? MatchedAt { get; set; }
}

internal sealed class UrlAliasDocument
{
    [BsonId] public string Url { get; set; } = "";
    [BsonElement("articleKey")] public string ArticleKey { get; set; } = "";
}

internal sealed class MentionDocument
{
    [BsonId] public string Id { get; set; } = "";
    [BsonElement("entityId")] public string EntityId { get; set; } = "";
    [BsonElement("storyId")] public string StoryId { get; set; } = "";
    [BsonElement("articleKey")] public string ArticleKey { get; set; } = "";
    [BsonElement("count")] public int Count { get; set; }
    [BsonElement("snippet")] public string Snippet { get; set; } = "";
    [BsonElement("foundAt")] public DateTime FoundAt { get; set; }
    [BsonElement("positions")] public List<PositionDocument> Positions { get; set; } = [];
}

internal sealed class PositionDocument
{
    [BsonElement("field")] public string Field { get; set; } = "";
    [BsonElement("start")] public int Start { get; set; }
    [BsonElement("length")] public int Length { get; set; }
}

internal sealed class AlertDocument
{
    [BsonId] public string Id { get; set; } = "";
    [BsonElement("recipient")] public string Recipient { get; set; } = "";
    [BsonElement("entityId")] public string EntityId { get; set; } = "";
    [BsonElement("articleKey")] public string ArticleKey { get; set; } = "";
    [BsonElement("channel")] public string Channel { get; set; } = "";

    /// <summary>The alert as JSON, exactly as the SQLite adapter keeps it, so a migration copies it verbatim.</summary>
    [BsonElement("payload")] public string Payload { get; set; } = "";
    [BsonElement("status")] public int Status { get; set; }
    [BsonElement("attempts")] public int Attempts { get; set; }
    [BsonElement("nextAttemptAt")] public DateTime NextAttemptAt { get; set; }
    [BsonElement("leaseOwner")] public string? LeaseOwner { get; set; }
    [BsonElement("leaseUntil")] public DateTime? LeaseUntil { get; set; }
    [BsonElement("leaseGeneration")] public long LeaseGeneration { get; set; }
    [BsonElement("lastError")] public string? LastError { get; set; }
    [BsonElement("createdAt")] public DateTime CreatedAt { get; set; }
    [BsonElement("sentAt")] public DateTime? SentAt { get; set; }
}

/// <summary>The fencing token of one claim: "{collection}:{id}:{generation}", inserted once by the claim's winner.</summary>
internal sealed class LeaseDocument
{
    [BsonId] public string Id { get; set; } = "";
    [BsonElement("owner")] public string Owner { get; set; } = "";
    [BsonElement("createdAt")] public DateTime CreatedAt { get; set; }
}

internal sealed class FingerprintDocument
{
    [BsonId] public string ArticleKey { get; set; } = "";
    [BsonElement("storyId")] public string StoryId { get; set; } = "";
    [BsonElement("at")] public DateTime At { get; set; }
    [BsonElement("signature")] public byte[] Signature { get; set; } = [];

    /// <summary>Locality-sensitive band keys; a multikey index on them makes near-duplicate lookup sub-linear.</summary>
    [BsonElement("bands")] public long[] Bands { get; set; } = [];
}
