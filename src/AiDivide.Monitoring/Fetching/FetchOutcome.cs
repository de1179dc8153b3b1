namespace AiDivide.Monitoring.Fetching;

/// <summary>How one fetch (all its redirect hops) ended, as counted for metrics.</summary>
public enum FetchOutcome
{
    /// <summary>A 2xx response whose body was read.</summary>
    Success,

    /// <summary>304: the conditional GET saved the body.</summary>
    NotModified,

    /// <summary>The server answered with an error status (4xx, 5xx).</summary>
    HttpError,

    /// <summary>No usable answer: timeout, refused connection, SSRF guard, a size or rate limit, a corrupt body.</summary>
    Failed,

    /// <summary>Never sent: the host is held back by its Retry-After, robots.txt disallows the page, or the scheme is not HTTP.</summary>
    NotSent,
}
