namespace AiDivide.Monitoring.Storage;

/// <summary>A feed as the store knows it: schedule, validators and health.</summary>
public sealed record FeedState
{
    public required string Id { get; init; }

    public required Uri Url { get; init; }

    public required string Title { get; init; }

    public required DateTimeOffset NextPollAt { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>False when the feed list says the server's validators cannot be trusted: no ETag or If-Modified-Since is sent.</summary>
    public bool UsesConditionalGet { get; init; } = true;

    public int ConsecutiveFailures { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? LastErrorAt { get; init; }

    /// <summary>When the current run of failures began; null while the feed is healthy.</summary>
    public DateTimeOffset? FailingSince { get; init; }

    public DateTimeOffset? LastPolledAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>When a poll last found an entry not seen before.</summary>
    public DateTimeOffset? LastNewItemAt { get; init; }

    /// <summary>The feed's observed rhythm: a smoothed interval between new entries; null until it is known.</summary>
    public TimeSpan? UpdateInterval { get; init; }

    /// <summary>
    /// What the feed itself last asked for: the longer of RSS <c>ttl</c> and <c>sy:updatePeriod</c>, from its
    /// last full read; null when it asked for nothing. Kept because a 304 carries no body to read it from.
    /// </summary>
    public TimeSpan? PublisherInterval { get; init; }
}
