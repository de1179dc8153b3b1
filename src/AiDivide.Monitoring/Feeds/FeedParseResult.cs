namespace AiDivide.Monitoring.Feeds;

/// <summary>The entries of a feed document, or why it could not be read, and what had to be repaired to read it.</summary>
public sealed record FeedParseResult(string? Title, IReadOnlyList<FeedEntry> Entries, string? Error)
{
    /// <summary>Repairs applied to read the document, in the order they were made; empty for a clean feed.</summary>
    public IReadOnlyList<FeedRepair> Repairs { get; init; } = [];

    /// <summary>The character encoding the bytes were read with, and how it was chosen.</summary>
    public string? Encoding { get; init; }

    /// <summary>RSS <c>ttl</c>: how long the publisher says the feed may be cached; a lower bound for the poll interval.</summary>
    public TimeSpan? TimeToLive { get; init; }

    /// <summary><c>sy:updatePeriod</c> / <c>sy:updateFrequency</c>: how often the publisher says the feed changes.</summary>
    public TimeSpan? UpdatePeriod { get; init; }

    public bool IsSuccess => Error is null;

    public static FeedParseResult Failed(string error, IReadOnlyList<FeedRepair>? repairs = null) =>
        new(null, [], error) { Repairs = repairs ?? [] };
}
