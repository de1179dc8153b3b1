namespace AiDivide.Monitoring.Storage;

/// <summary>What a poll of one feed leaves behind on the feed's record.</summary>
/// <param name="Error">Null for a successful poll; otherwise why it failed.</param>
public sealed record FeedPollOutcome(DateTimeOffset PolledAt, DateTimeOffset NextPollAt, string? Error, string? ETag = null, string? LastModified = null)
{
    /// <summary>For a failure: when the run of failures began (the poller knows, since it holds the lease).</summary>
    public DateTimeOffset? FailingSince { get; init; }

    /// <summary>For a success that found new entries: when; null keeps the stored value.</summary>
    public DateTimeOffset? LastNewItemAt { get; init; }

    /// <summary>For a success: the feed's re-estimated rhythm; null keeps the stored value.</summary>
    public TimeSpan? UpdateInterval { get; init; }

    /// <summary>For a success that read the feed in full: its ttl / sy:updatePeriod, <see cref="TimeSpan.Zero"/> for none; null keeps the stored value (a 304).</summary>
    public TimeSpan? PublisherInterval { get; init; }
}
