namespace AiDivide.Monitoring.Sources;

/// <summary>A feed found for a site, checked by fetching and parsing it.</summary>
/// <param name="Url">The feed's address.</param>
/// <param name="Title">The title the page gave the link, else the feed's own.</param>
/// <param name="FoundBy">How it was found: the address itself, a <c>link rel=alternate</c>, or a usual path.</param>
public sealed record DiscoveredFeed(Uri Url, string? Title, string FoundBy);
