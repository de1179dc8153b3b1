namespace AiDivide.Monitoring.Feeds;

/// <summary>One item of a feed, as the feed describes it (before the page is fetched).</summary>
/// <param name="Id">The feed's own identifier for the item (guid, Atom id), else the link, else a hash of link, title and date.</param>
/// <param name="Link">Absolute http(s) URL of the article page, resolved against xml:base and the feed URL.</param>
/// <param name="Published">When the item was first published (falls back to <paramref name="Updated"/>); offset as the feed gave it.</param>
/// <param name="Updated">When the item was last changed, if the feed says.</param>
public sealed record FeedEntry(string Id, Uri? Link, string Title, DateTimeOffset? Published, string? Summary)
{
    public DateTimeOffset? Updated { get; init; }
}
