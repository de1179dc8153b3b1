using AiDivide.Monitoring.Matching.Queries;

namespace AiDivide.Monitoring.Sources;

/// <summary>A feed the monitor polls, as configured by the user.</summary>
/// <param name="Id">Stable identifier: the configured id, or one derived from the URL.</param>
/// <param name="Url">Absolute http(s) URL of the RSS, RSS 1.0/RDF or Atom document.</param>
/// <param name="Title">Human label for logs and status views.</param>
public sealed record FeedDefinition(string Id, Uri Url, string Title)
{
    /// <summary>Optional relevance filter (a topic query): articles from this feed that do not match it are stored but not matched.</summary>
    public TopicQuery? Filter { get; init; }

    /// <summary>
    /// <c>"conditional": false</c> in the feed list: send no ETag or If-Modified-Since, because this
    /// server answers 304 when the feed did change (or serves a stale body for a validator).
    /// </summary>
    public bool UsesConditionalGet { get; init; } = true;

    /// <summary>What this feed's first poll does with the entries already in it; null = <see cref="SourcesOptions.FirstPollBacklog"/>.</summary>
    public BacklogPolicy? Backlog { get; init; }

    /// <summary>Articles older than this alert nobody (they are still stored); null = <see cref="SourcesOptions.MaxArticleAge"/>.</summary>
    public TimeSpan? MaxArticleAge { get; init; }
}
