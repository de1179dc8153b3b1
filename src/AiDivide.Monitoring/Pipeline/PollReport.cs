namespace AiDivide.Monitoring.Pipeline;

/// <summary>What one poll cycle did across all the feeds it refreshed.</summary>
public sealed record PollReport(IReadOnlyList<FeedRefreshReport> Feeds)
{
    public int FeedsPolled => Feeds.Count;

    public int FeedsFailed => Feeds.Count(f => !f.Succeeded);

    public int NewArticles => Feeds.Sum(f => f.NewArticles);

    public int Duplicates => Feeds.Sum(f => f.Duplicates);

    public int EntryFailures => Feeds.Sum(f => f.EntryFailures);

    public int Mentions => Feeds.Sum(f => f.Mentions);

    public int AlertsQueued => Feeds.Sum(f => f.AlertsQueued);
}
