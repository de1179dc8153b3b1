using System.Net;

namespace AiDivide.Monitoring.Fetching;

/// <summary>What one request through <see cref="WebFetcher"/> came back with.</summary>
public sealed record FetchResult
{
    public required Uri RequestedUrl { get; init; }

    /// <summary>URL after redirects: the one relative links resolve against.</summary>
    public required Uri FinalUrl { get; init; }

    public HttpStatusCode? StatusCode { get; init; }

    public byte[] Body { get; init; } = [];

    public string? MediaType { get; init; }

    public string? Charset { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>How long the server asked us to wait (Retry-After on 429/503, as a delay from now).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Cache-Control max-age of the response: how long the server says it stays fresh.</summary>
    public TimeSpan? CacheMaxAge { get; init; }

    /// <summary>Bytes received on the wire for this fetch (all hops), before decompression.</summary>
    public long WireBytes { get; init; }

    /// <summary>Decoded body bytes this fetch held in memory at its peak (never more than the configured limit).</summary>
    public long BodyBytes { get; init; }

    /// <summary>Set when the request failed; the text is fit for a log line and the feed's status.</summary>
    public string? Error { get; init; }

    public bool IsSuccess => Error is null;

    public bool IsNotModified => StatusCode == HttpStatusCode.NotModified;

    public static FetchResult Failed(Uri requested, Uri final, string error, HttpStatusCode? status = null) =>
        new() { RequestedUrl = requested, FinalUrl = final, Error = error, StatusCode = status };
}
