namespace AiDivide.Monitoring.Fetching;

/// <summary>Running totals of everything the fetcher did in this process, for benchmarks, tests and metrics.</summary>
/// <remarks>Plain counters rather than meter instruments, so the fetcher works without the pipeline; <c>MonitorMetrics</c> observes them.</remarks>
public sealed class FetchCounters
{
    private static readonly int Outcomes = Enum.GetValues<FetchOutcome>().Length;
    private readonly long[] fetches = new long[Enum.GetValues<FetchPurpose>().Length * Outcomes];
    private long requests;
    private long wireBytes;
    private long bodyBytes;
    private long largestBody;
    private long hostsHeldBack;
    private long robotsRefusals;

    /// <summary>HTTP requests sent (each redirect hop and each robots.txt counts).</summary>
    public long Requests => Interlocked.Read(ref requests);

    public long WireBytes => Interlocked.Read(ref wireBytes);

    public long BodyBytes => Interlocked.Read(ref bodyBytes);

    /// <summary>The most decoded body bytes one response ever held in memory.</summary>
    public long LargestBody => Interlocked.Read(ref largestBody);

    /// <summary>Times a host was held back because it answered 429 or 503 with Retry-After.</summary>
    public long HostsHeldBack => Interlocked.Read(ref hostsHeldBack);

    /// <summary>Article pages not fetched because the site's robots.txt disallows them.</summary>
    public long RobotsRefusals => Interlocked.Read(ref robotsRefusals);

    /// <summary>Fetches (one per call, whatever its redirects) of one purpose that ended one way.</summary>
    public long Fetches(FetchPurpose purpose, FetchOutcome outcome) => Interlocked.Read(ref fetches[Slot(purpose, outcome)]);

    internal void CountRequest() => Interlocked.Increment(ref requests);

    internal void CountFetch(FetchPurpose purpose, FetchOutcome outcome) => Interlocked.Increment(ref fetches[Slot(purpose, outcome)]);

    internal void CountHostHeldBack() => Interlocked.Increment(ref hostsHeldBack);

    internal void CountRobotsRefusal() => Interlocked.Increment(ref robotsRefusals);

    internal void Add(FetchAccount account)
    {
        Interlocked.Add(ref wireBytes, account.WireBytes);
        Interlocked.Add(ref bodyBytes, account.BodyBytes);
        long seen;
        while (account.BodyBytes > (seen = Interlocked.Read(ref largestBody))
            && Interlocked.CompareExchange(ref largestBody, account.BodyBytes, seen) != seen)
        {
        }
    }

    private static int Slot(FetchPurpose purpose, FetchOutcome outcome) => ((int)purpose * Outcomes) + (int)outcome;
}
