namespace AiDivide.Monitoring.Storage;

/// <summary>What a poll of one feed leaves behind on the feed's record.</summary>
/// <param name="Error">Null for a successful poll; otherwise why it failed.</param>
public sealed record FeedPollOutcome(DateTimeOffset PolledAt, DateTimeOffset NextPollAt, string? Error, string? ETag = null, string? LastModified = null);
