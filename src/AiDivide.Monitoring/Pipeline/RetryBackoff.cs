namespace AiDivide.Monitoring.Pipeline;

/// <summary>Exponential backoff with jitter derived from a key.</summary>
/// <remarks>
/// The jitter comes from the key's hash rather than a random source: retries of different alerts
/// still spread out, and a test can predict every delay.
/// </remarks>
public static class RetryBackoff
{
    public static TimeSpan Delay(int attempt, TimeSpan first, TimeSpan max, string key)
    {
        var exponential = first.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var capped = Math.Min(exponential, max.TotalMilliseconds);
        var jitter = 0.8 + (0.4 * (StableHash(key) % 1000) / 1000.0);
        return TimeSpan.FromMilliseconds(Math.Min(capped * jitter, max.TotalMilliseconds));
    }

    private static uint StableHash(string key)
    {
        // FNV-1a: string.GetHashCode is randomised per process.
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
