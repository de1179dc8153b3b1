namespace AiDivide.Monitoring.Extraction;

/// <summary>An article page reduced to what the monitor reads: metadata and main text.</summary>
public sealed record Article
{
    /// <summary>Where the page was fetched from (after redirects).</summary>
    public required Uri Url { get; init; }

    /// <summary>The page's own canonical URL (<c>rel=canonical</c>, <c>og:url</c>), or <see cref="Url"/>.</summary>
    public required Uri CanonicalUrl { get; init; }

    public required string Title { get; init; }

    /// <summary>Main text as plain paragraphs separated by newlines, without the page's boilerplate.</summary>
    public required string Text { get; init; }

    public DateTimeOffset? Published { get; init; }

    /// <summary>When the publisher last changed the article, if it says.</summary>
    public DateTimeOffset? Modified { get; init; }

    public string? Language { get; init; }

    public string? SiteName { get; init; }

    public string? Byline { get; init; }

    public string? Description { get; init; }
}
