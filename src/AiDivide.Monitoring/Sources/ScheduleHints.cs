namespace AiDivide.Monitoring.Sources;

/// <summary>What the publisher said about how often to poll: each one is a lower bound on the interval.</summary>
/// <param name="TimeToLive">RSS <c>ttl</c>.</param>
/// <param name="UpdatePeriod"><c>sy:updatePeriod</c> / <c>sy:updateFrequency</c>.</param>
/// <param name="CacheMaxAge">Cache-Control max-age of the response.</param>
public sealed record ScheduleHints(TimeSpan? TimeToLive = null, TimeSpan? UpdatePeriod = null, TimeSpan? CacheMaxAge = null)
{
    public static readonly ScheduleHints None = new();

    /// <summary>The hint the feed document itself carries (the longer of ttl and sy:updatePeriod), stored on the feed for the next 304.</summary>
    public TimeSpan? Publisher => new[] { TimeToLive, UpdatePeriod }.Max();

    /// <summary>The longest of the hints; zero when there are none.</summary>
    public TimeSpan LowerBound => new[] { TimeToLive, UpdatePeriod, CacheMaxAge }.Max() ?? TimeSpan.Zero;
}
