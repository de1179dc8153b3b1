namespace AiDivide.Monitoring.Fetching;

/// <summary>Running totals of everything the fetcher did in this process, for benchmarks, tests and metrics.</summary>
public sealed class FetchCounters
{
    private long requests;
    private long wireBytes;
    private long bodyBytes;
    private long largestBody;

    /// <summary>HTTP requests sent (each redirect hop and each robots.txt counts).</summary>
    public long Requests => Interlocked.Read(ref requests);

    public long WireBytes => Interlocked.Read(ref wireBytes);

    public long BodyBytes => Interlocked.Read(ref bodyBytes);

    /// <summary>The most decoded body bytes one response ever held in memory.</summary>
    public long LargestBody => Interlocked.Read(ref largestBody);

    internal void CountRequest() => Interlocked.Increment(ref requests);

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
}
