namespace AiDivide.Monitoring.Sources;

/// <summary>One feed of an OPML subscription list.</summary>
/// <param name="FeedUrl">The outline's <c>xmlUrl</c>.</param>
/// <param name="Title">Its <c>title</c>, else its <c>text</c>.</param>
/// <param name="Category">The titles of the outlines it sits in, joined with <c>/</c>; null at the top level.</param>
public sealed record OpmlOutline(Uri FeedUrl, string? Title, string? Category);
