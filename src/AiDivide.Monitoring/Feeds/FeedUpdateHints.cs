using System.Globalization;
using System.Xml.Linq;

namespace AiDivide.Monitoring.Feeds;

/// <summary>Reads how often a feed says it changes: RSS <c>ttl</c> and the syndication module's <c>sy:updatePeriod</c>/<c>sy:updateFrequency</c>.</summary>
/// <remarks>
/// Both are hints a scheduler uses as lower bounds. Nonsense (negative, zero, unknown periods, absurd
/// frequencies) reads as no hint rather than as an error: a feed is never refused for its hints.
/// </remarks>
internal static class FeedUpdateHints
{
    private const string Syndication = "http://purl.org/rss/1.0/modules/syndication/";

    /// <summary>RSS 2.0 <c>&lt;channel&gt;&lt;ttl&gt;</c>: minutes the channel may be cached.</summary>
    public static TimeSpan? TimeToLive(XElement root)
    {
        var channel = FeedElements.Core(root, "channel").FirstOrDefault() ?? root;
        return int.TryParse(FeedElements.Text(FeedElements.Core(channel, "ttl")), NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes)
            && minutes is > 0 and <= 60 * 24 * 366
            ? TimeSpan.FromMinutes(minutes)
            : null;
    }

    /// <summary><c>sy:updatePeriod</c> divided by <c>sy:updateFrequency</c> (default 1), on the channel (RSS 1.0/2.0) or the root (Atom).</summary>
    public static TimeSpan? UpdatePeriod(XElement root)
    {
        var channel = FeedElements.Core(root, "channel").FirstOrDefault() ?? root;
        var period = FeedElements.Text(FeedElements.In(channel, Syndication, "updatePeriod")) ?? FeedElements.Text(FeedElements.In(root, Syndication, "updatePeriod"));
        var length = period?.ToUpperInvariant() switch
        {
            "HOURLY" => TimeSpan.FromHours(1),
            "DAILY" => TimeSpan.FromDays(1),
            "WEEKLY" => TimeSpan.FromDays(7),
            "MONTHLY" => TimeSpan.FromDays(30),
            "YEARLY" => TimeSpan.FromDays(365),
            _ => (TimeSpan?)null,
        };
        if (length is null)
        {
            return null;
        }

        var frequencyText = FeedElements.Text(FeedElements.In(channel, Syndication, "updateFrequency")) ?? FeedElements.Text(FeedElements.In(root, Syndication, "updateFrequency"));
        var frequency = int.TryParse(frequencyText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed is > 0 and <= 100_000 ? parsed : 1;
        return length.Value / frequency;
    }
}
