using AiDivide.Monitoring.Matching.Queries;

namespace AiDivide.Monitoring.Matching;

/// <summary>A person, organisation, event or topic on the watchlist, with every name it goes by.</summary>
/// <param name="Aliases">All names to match, in any script; includes <paramref name="Name"/> unless the entity is defined by a <see cref="Query"/>.</param>
/// <param name="Tags">Labels that subscriptions can name instead of listing entities one by one.</param>
public sealed record TrackedEntity(string Id, string Name, EntityKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<string> Tags)
{
    /// <summary>When not empty, an occurrence counts only with at least one of these words near it.</summary>
    public IReadOnlyList<string> RequiredContext { get; init; } = [];

    /// <summary>An occurrence with any of these words near it does not count (the footballer, not the minister).</summary>
    public IReadOnlyList<string> ExcludedContext { get; init; } = [];

    /// <summary>Whether "Muller" and "Mueller" may match "Müller"; false demands the accents as written.</summary>
    public bool FoldDiacritics { get; init; } = true;

    /// <summary>For topics: the article is a mention when this query matches it (aliases are then not used).</summary>
    public TopicQuery? Query { get; init; }
}
