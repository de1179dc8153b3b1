using AiDivide.Monitoring.Sources;
using AiDivide.Monitoring.Storage;

namespace AiDivide.Monitoring.Pipeline;

/// <summary>One feed's rules for which of its articles may alert: its backlog policy and maximum article age.</summary>
/// <remarks>
/// Pure: the pipeline asks it once per article. A withheld article is still stored, clustered and
/// matched (so the store is seeded and later copies of its story add nothing); only its alerts are skipped.
/// </remarks>
public sealed record AlertEligibility(BacklogPolicy Backlog, TimeSpan? MaxArticleAge)
{
    /// <summary>The feed's own settings where it has them, the <see cref="SourcesOptions"/> defaults where not.</summary>
    public static AlertEligibility For(FeedDefinition? feed, SourcesOptions defaults) =>
        new(feed?.Backlog ?? defaults.FirstPollBacklog, feed?.MaxArticleAge ?? defaults.MaxArticleAge);

    /// <summary>A first poll is one of a feed that has never been read successfully.</summary>
    public static bool IsFirstPoll(FeedState feed) => feed.LastSuccessAt is null;

    /// <param name="feed">The feed as claimed, before this poll's outcome is recorded.</param>
    /// <param name="published">The article's publication date, if it has one.</param>
    /// <param name="firstSeen">When the article was first stored; stands in for an unknown publication date.</param>
    /// <param name="now">Processing time.</param>
    public AlertWithholding Judge(FeedState feed, DateTimeOffset? published, DateTimeOffset firstSeen, DateTimeOffset now)
    {
        if (Backlog == BacklogPolicy.Seed && IsFirstPoll(feed))
        {
            return AlertWithholding.Backlog;
        }

        return MaxArticleAge is { } maxAge && now - (published ?? firstSeen) > maxAge ? AlertWithholding.TooOld : AlertWithholding.None;
    }
}
