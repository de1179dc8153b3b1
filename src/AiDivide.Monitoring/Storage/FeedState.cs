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

    public int ConsecutiveFailures { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? LastPolledAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }
}
