namespace AiDivide.Monitoring.Fetching;

/// <summary>Which declared content types each kind of request accepts before its body is read.</summary>
/// <remarks>
/// Refusing early saves downloading a video where a feed was expected. A missing Content-Type is
/// accepted (the parsers sniff the bytes). Feeds accept any text/* because many servers send RSS as
/// text/html or text/plain; a real HTML page then gets the feed parser's clearer "not a feed" error.
/// </remarks>
internal static class ContentTypePolicy
{
    public static string Accept(FetchPurpose purpose) => purpose switch
    {
        FetchPurpose.Feed => "application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5",
        FetchPurpose.Page => "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
        _ => "text/plain, */*;q=0.5",
    };

    public static string? Refusal(FetchPurpose purpose, string? mediaType)
    {
        if (string.IsNullOrWhiteSpace(mediaType))
        {
            return null;
        }

        var type = mediaType.Trim().ToLowerInvariant();
        var accepted = purpose switch
        {
            FetchPurpose.Feed => type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("xml", StringComparison.Ordinal)
                || type.Contains("rss", StringComparison.Ordinal) || type.Contains("atom", StringComparison.Ordinal) || type.Contains("json", StringComparison.Ordinal),
            FetchPurpose.Page => type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("html", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal) || type == "application/xml",
            _ => true,
        };
        return accepted ? null : purpose switch
        {
            FetchPurpose.Feed => $"unexpected content type '{mediaType}' for a feed (expected XML, RSS, Atom, JSON or text)",
            _ => $"unexpected content type '{mediaType}' for a page (expected HTML, XHTML or text)",
        };
    }
}
