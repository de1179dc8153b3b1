namespace AiDivide.Monitoring.Feeds;

/// <summary>The entries of a feed document, or why it could not be read.</summary>
public sealed record FeedParseResult(string? Title, IReadOnlyList<FeedEntry> Entries, string? Error)
{
    public bool IsSuccess => Error is null;

    public static FeedParseResult Failed(string error) => new(null, [], error);
}
