namespace AiDivide.Monitoring.Feeds;

/// <summary>The feed formats the parser reads.</summary>
internal enum FeedKind
{
    Rss,
    Atom,
    Rdf,
    Json,
}
