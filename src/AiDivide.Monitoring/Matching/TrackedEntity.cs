namespace AiDivide.Monitoring.Matching;

/// <summary>A person, organisation, event or topic on the watchlist, with every name it goes by.</summary>
/// <param name="Aliases">All names to match, in any script; always includes <paramref name="Name"/>.</param>
/// <param name="Tags">Labels that subscriptions can name instead of listing entities one by one.</param>
public sealed record TrackedEntity(string Id, string Name, EntityKind Kind, IReadOnlyList<string> Aliases, IReadOnlyList<string> Tags);
