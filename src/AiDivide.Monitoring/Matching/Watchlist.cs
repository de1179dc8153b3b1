namespace AiDivide.Monitoring.Matching;

/// <summary>The entities being tracked, with the matcher built for them.</summary>
public sealed class Watchlist
{
    public Watchlist(IReadOnlyList<TrackedEntity> entities)
    {
        Entities = entities;
        Matcher = new EntityMatcher(entities);
    }

    public IReadOnlyList<TrackedEntity> Entities { get; }

    public EntityMatcher Matcher { get; }
}
