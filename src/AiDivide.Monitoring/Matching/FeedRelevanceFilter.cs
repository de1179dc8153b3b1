using AiDivide.Monitoring.Sources;

namespace AiDivide.Monitoring.Matching;

/// <summary>Applies each feed's optional <c>filter</c> query before an article from it is matched against the watchlist.</summary>
/// <remarks>
/// For broad feeds (a whole newspaper's front page) where only some stories are on the beat. A
/// filter is one topic query compiled into its own small automaton; feeds without one cost nothing.
/// </remarks>
public sealed class FeedRelevanceFilter
{
    private readonly Lazy<Dictionary<string, EntityMatcher>> filters;

    public FeedRelevanceFilter(FeedCatalog catalog)
        : this(() => catalog.Load())
    {
    }

    public FeedRelevanceFilter(Func<IReadOnlyList<FeedDefinition>> feeds)
    {
        filters = new(() => feeds()
            .Where(f => f.Filter is not null)
            .ToDictionary(f => f.Id, f => new EntityMatcher([new TrackedEntity("feed-filter", f.Title, EntityKind.Topic, [], []) { Query = f.Filter }]), StringComparer.Ordinal));
    }

    /// <summary>True when the feed has no filter or the article matches it.</summary>
    public bool Admits(string feedId, ArticleText article) =>
        !filters.Value.TryGetValue(feedId, out var filter) || filter.Match(article).Count > 0;
}
