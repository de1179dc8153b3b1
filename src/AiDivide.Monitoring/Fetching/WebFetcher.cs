using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Fetching;

/// <summary>The one HTTP door: every feed and page request goes through here.</summary>
/// <remarks>
/// Redirects are followed here rather than by the handler so that each hop is counted, its scheme
/// checked, and its connection passed through the SSRF guard again. Failures come back as a
/// <see cref="FetchResult"/> with an error, never as an exception: a broken source is data.
/// </remarks>
public sealed class WebFetcher(IHttpClientFactory httpClientFactory, IOptions<FetchOptions> options, TimeProvider timeProvider, ILogger<WebFetcher> logger)
{
    public const string HttpClientName = "AiDivide.Fetching";

    public Task<FetchResult> FetchFeedAsync(Uri url, ConditionalRequest conditional, CancellationToken cancellationToken) =>
        FetchAsync(url, "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5", conditional, cancellationToken);

    public Task<FetchResult> FetchPageAsync(Uri url, CancellationToken cancellationToken) =>
        FetchAsync(url, "text/html, application/xhtml+xml;q=0.9, */*;q=0.5", ConditionalRequest.None, cancellationToken);

    private async Task<FetchResult> FetchAsync(Uri url, string accept, ConditionalRequest conditional, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(limits.Timeout);
        var client = httpClientFactory.CreateClient(HttpClientName);
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                {
                    return Fail(url, current, $"refused: scheme '{current.Scheme}' is not http or https");
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.TryAddWithoutValidation("Accept", accept);
                AddValidators(request, conditional);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, budget.Token);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (hop >= limits.MaxRedirects)
                    {
                        return Fail(url, current, $"too many redirects (more than {limits.MaxRedirects})");
                    }

                    current = new Uri(current, location);
                    continue;
                }

                return await ReadAsync(url, current, response, limits.MaxResponseBytes, budget.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(url, current, $"timed out after {limits.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return Fail(url, current, Describe(ex));
        }
        catch (IOException ex)
        {
            return Fail(url, current, "connection broken: " + ex.Message);
        }
    }

    private async Task<FetchResult> ReadAsync(Uri requested, Uri final, HttpResponseMessage response, long maxBytes, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult { RequestedUrl = requested, FinalUrl = final, StatusCode = response.StatusCode, CacheMaxAge = response.Headers.CacheControl?.MaxAge };
        }

        if (!response.IsSuccessStatusCode)
        {
            return Fail(requested, final, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd(), response.StatusCode)
                with { RetryAfter = RetryDelay(response) };
        }

        var headers = response.Content.Headers;
        if (headers.ContentLength > maxBytes)
        {
            return Fail(requested, final, $"response of {headers.ContentLength} bytes exceeds the limit of {maxBytes} bytes", response.StatusCode);
        }

        var body = await BoundedBody.ReadAsync(response.Content, maxBytes, cancellationToken);
        if (body is null)
        {
            return Fail(requested, final, $"response exceeds the limit of {maxBytes} bytes", response.StatusCode);
        }

        return new FetchResult
        {
            RequestedUrl = requested,
            FinalUrl = final,
            StatusCode = response.StatusCode,
            Body = body,
            MediaType = headers.ContentType?.MediaType,
            Charset = headers.ContentType?.CharSet?.Trim('"'),
            ETag = response.Headers.ETag?.ToString(),
            LastModified = headers.LastModified?.ToString("R"),
            CacheMaxAge = response.Headers.CacheControl?.MaxAge,
        };
    }

    private TimeSpan? RetryDelay(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - timeProvider.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private FetchResult Fail(Uri requested, Uri final, string error, HttpStatusCode? status = null)
    {
        FetchLog.FetchFailed(logger, final, error);
        return FetchResult.Failed(requested, final, error, status);
    }

    private static void AddValidators(HttpRequestMessage request, ConditionalRequest conditional)
    {
        if (conditional.ETag is { Length: > 0 } etag && EntityTagHeaderValue.TryParse(etag, out var parsed))
        {
            request.Headers.IfNoneMatch.Add(parsed);
        }

        if (conditional.LastModified is { Length: > 0 } lastModified && DateTimeOffset.TryParse(lastModified, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static string Describe(HttpRequestException ex)
    {
        // The handler wraps the interesting cause (refused, reset, DNS) one or two levels down.
        var message = ex.Message;
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (!message.Contains(inner.Message, StringComparison.Ordinal))
            {
                message += ": " + inner.Message;
            }
        }

        return message;
    }
}
