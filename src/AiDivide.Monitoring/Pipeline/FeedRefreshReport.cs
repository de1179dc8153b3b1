namespace AiDivide.Monitoring.Pipeline;

/// <summary>Counts from refreshing one feed.</summary>
public sealed record FeedRefreshReport(string FeedId, bool Succeeded, int Entries, int NewArticles, int Duplicates, int EntryFailures, int Mentions, int AlertsQueued, string? Error)
{
    public static FeedRefreshReport Failed(string feedId, string error) => new(feedId, false, 0, 0, 0, 0, 0, 0, error);
}
