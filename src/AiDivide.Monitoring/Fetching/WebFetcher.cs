using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiDivide.Monitoring.Fetching;

/// <summary>The one HTTP door: every feed, page and robots.txt request goes through here.</summary>
/// <remarks>
/// Redirects are followed here rather than by the handler so that each hop is counted, its scheme
/// checked, its host's turn taken at the <see cref="HostGate"/>, and its connection passed through
/// the SSRF guard again. Failures come back as a <see cref="FetchResult"/> with an error, never as
/// an exception: a broken source is data. Network deadlines run on real time (the OS timer), not on
/// the injected clock, because they bound real sockets.
/// </remarks>
public sealed class WebFetcher(
    IHttpClientFactory httpClientFactory,
    HostGate hosts,
    RobotsCache robots,
    FetchCounters counters,
    IOptions<FetchOptions> options,
    TimeProvider timeProvider,
    ILogger<WebFetcher> logger)
{
    public const string HttpClientName = "AiDivide.Fetching";

    /// <summary>Longest Retry-After we hold a host back for; a server asking for a month is not taken at its word.</summary>
    public static readonly TimeSpan MaxHostHold = TimeSpan.FromDays(1);

    public Task<FetchResult> FetchFeedAsync(Uri url, ConditionalRequest conditional, CancellationToken cancellationToken) =>
        FetchAsync(url, FetchPurpose.Feed, conditional, cancellationToken);

    /// <summary>Fetches an article page, where the site's robots.txt allows it.</summary>
    public Task<FetchResult> FetchPageAsync(Uri url, CancellationToken cancellationToken) =>
        FetchAsync(url, FetchPurpose.Page, ConditionalRequest.None, cancellationToken);

    public async Task<FetchResult> FetchAsync(Uri url, FetchPurpose purpose, ConditionalRequest conditional, CancellationToken cancellationToken)
    {
        var account = new FetchAccount();
        try
        {
            var result = await FollowAsync(url, purpose, conditional, account, cancellationToken);
            counters.CountFetch(purpose, Outcome(result, account));
            return result with { WireBytes = account.WireBytes, BodyBytes = account.BodyBytes };
        }
        finally
        {
            counters.Add(account);
        }
    }

    private async Task<FetchResult> FollowAsync(Uri url, FetchPurpose purpose, ConditionalRequest conditional, FetchAccount account, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var client = httpClientFactory.CreateClient(HttpClientName);
        var current = url;
        CancellationTokenSource? idle = null;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (await RefusalAsync(current, purpose, budget.Token) is { } refusal)
                {
                    account.NotSent = true;
                    return Fail(url, current, refusal);
                }

                using var pass = await hosts.EnterAsync(current.IdnHost, budget.Token);
                if (!pass.IsAdmitted)
                {
                    account.NotSent = true;
                    var wait = pass.HeldUntil!.Value - timeProvider.GetUtcNow();
                    return Fail(url, current, $"not sent: {current.Host} asked us to wait until {pass.HeldUntil:u} (Retry-After)") with { RetryAfter = wait };
                }

                if (hop == 0)
                {
                    // The budget starts once the host admits us: time queued behind our own politeness is not the server's fault.
                    budget.CancelAfter(limits.Timeout);
                }

                idle?.Dispose();
                idle = CancellationTokenSource.CreateLinkedTokenSource(budget.Token);
                idle.CancelAfter(limits.ReadTimeout);
                using var request = NewRequest(current, purpose, conditional);
                counters.CountRequest();
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, idle.Token);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (hop >= limits.MaxRedirects)
                    {
                        return Fail(url, current, $"too many redirects (more than {limits.MaxRedirects}), last to {new Uri(current, location)}");
                    }

                    current = new Uri(current, location);
                    continue;
                }

                return await ReadAsync(url, current, purpose, response, idle, account);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(url, current, TimeoutError(limits, budget.IsCancellationRequested, idle?.IsCancellationRequested == true));
        }
        catch (FetchRefusedException ex)
        {
            return Fail(url, current, ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return Fail(url, current, Describe(ex));
        }
        catch (IOException ex)
        {
            return Fail(url, current, "connection broken: " + ex.Message);
        }
        finally
        {
            idle?.Dispose();
        }
    }

    /// <summary>Why this hop must not be sent at all (scheme, robots.txt), or null.</summary>
    private async Task<string?> RefusalAsync(Uri url, FetchPurpose purpose, CancellationToken cancellationToken)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return $"refused: scheme '{url.Scheme}' is not http or https";
        }

        if (purpose == FetchPurpose.Page && options.Value.ObeyRobots && await ForbiddingRuleAsync(url, cancellationToken) is { } rule)
        {
            counters.CountRobotsRefusal();
            return $"disallowed by robots.txt of {url.Host} ({rule})";
        }

        return null;
    }

    private static FetchOutcome Outcome(FetchResult result, FetchAccount account) => result switch
    {
        _ when account.NotSent => FetchOutcome.NotSent,
        { IsNotModified: true } => FetchOutcome.NotModified,
        { IsSuccess: true } => FetchOutcome.Success,
        // A 200 refused for its content type or size is our failure, not the server's error status.
        { StatusCode: { } status } when (int)status is < 200 or >= 300 => FetchOutcome.HttpError,
        _ => FetchOutcome.Failed,
    };

    private static HttpRequestMessage NewRequest(Uri url, FetchPurpose purpose, ConditionalRequest conditional)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", ContentTypePolicy.Accept(purpose));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");
        AddValidators(request, conditional);
        return request;
    }

    /// <summary>Names the deadline that fired: ours (total, idle) or, when neither did, the handler's connect timeout.</summary>
    private static string TimeoutError(FetchOptions limits, bool total, bool idle) => total
        ? $"timed out after {limits.Timeout.TotalSeconds:0.#} s (Fetching:Timeout)"
        : idle
            ? $"no data for {limits.ReadTimeout.TotalSeconds:0.#} s (Fetching:ReadTimeout)"
            : $"connect timed out after {limits.ConnectTimeout.TotalSeconds:0.#} s (Fetching:ConnectTimeout)";

    private async Task<FetchResult> ReadAsync(Uri requested, Uri final, FetchPurpose purpose, HttpResponseMessage response, CancellationTokenSource idle, FetchAccount account)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult { RequestedUrl = requested, FinalUrl = final, StatusCode = response.StatusCode, CacheMaxAge = response.Headers.CacheControl?.MaxAge };
        }

        if (!response.IsSuccessStatusCode)
        {
            var retryAfter = RetryDelay(response);
            HoldBackIfAsked(final, response.StatusCode, retryAfter);
            return Fail(requested, final, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd(), response.StatusCode) with { RetryAfter = retryAfter };
        }

        var limits = options.Value;
        var headers = response.Content.Headers;
        if (ContentTypePolicy.Refusal(purpose, headers.ContentType?.MediaType) is { } refusal)
        {
            return Fail(requested, final, refusal, response.StatusCode);
        }

        if (headers.ContentLength > limits.MaxTransferBytes)
        {
            return Fail(requested, final, $"response of {headers.ContentLength} bytes exceeds the limit of {limits.MaxTransferBytes} bytes", response.StatusCode);
        }

        var body = await ResponseBody.ReadAsync(response.Content, limits, idle, account);
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

    private async Task<string?> ForbiddingRuleAsync(Uri url, CancellationToken cancellationToken)
    {
        var rules = await robots.GetAsync(url, LoadRobotsAsync, cancellationToken);
        return rules.Forbidding(url);
    }

    /// <summary>Fetches and reads one robots.txt; see docs/fetching.md for what each outcome means.</summary>
    private async Task<(RobotsRules Rules, bool Reached)> LoadRobotsAsync(Uri robotsUrl)
    {
        var fetched = await FetchAsync(robotsUrl, FetchPurpose.Robots, ConditionalRequest.None, CancellationToken.None);
        var (rules, reached) = fetched switch
        {
            { IsSuccess: true } => (RobotsRules.Parse(Encoding.UTF8.GetString(fetched.Body), ProductToken()), true),
            { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } => (RobotsRules.DisallowAll($"robots.txt answered {(int)fetched.StatusCode!}: all disallowed"), true),
            { StatusCode: { } status } when (int)status is >= 400 and < 500 => (RobotsRules.AllowAll($"no robots.txt ({(int)status}): all allowed"), true),
            _ => (RobotsRules.AllowAll($"robots.txt unreachable ({fetched.Error}): all allowed for now"), false),
        };
        FetchLog.RobotsLoaded(logger, robotsUrl, rules.Origin);
        // Only a file we actually read may change the spacing; an unreachable one leaves the last known delay.
        if (reached)
        {
            hosts.SetCrawlDelay(robotsUrl.IdnHost, rules.CrawlDelay);
        }

        return (rules, reached);
    }

    /// <summary>Our name in robots.txt: the User-Agent's first product token ("AiDivideMonitor").</summary>
    private string ProductToken() => options.Value.UserAgent.Split(['/', ' '], 2)[0];

    private void HoldBackIfAsked(Uri url, HttpStatusCode status, TimeSpan? retryAfter)
    {
        if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && retryAfter is { } delay && delay > TimeSpan.Zero)
        {
            var until = timeProvider.GetUtcNow() + (delay < MaxHostHold ? delay : MaxHostHold);
            hosts.HoldUntil(url.IdnHost, until);
            counters.CountHostHeldBack();
            FetchLog.HostHeldBack(logger, url.IdnHost, (int)status, until);
        }
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
