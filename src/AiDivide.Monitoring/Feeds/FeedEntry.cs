namespace AiDivide.Monitoring.Feeds;

/// <summary>One item of a feed, as the feed describes it (before the page is fetched).</summary>
/// <param name="Id">The feed's own identifier for the item (guid, Atom id), falling back to the link.</param>
/// <param name="Link">Absolute URL of the article page, resolved against the feed URL.</param>
public sealed record FeedEntry(string Id, Uri? Link, string Title, DateTimeOffset? Published, string? Summary);
