using System.ComponentModel.DataAnnotations;

namespace AiDivide.Monitoring.Sources;

/// <summary>Where the feed list comes from and how often each feed is polled.</summary>
public sealed class SourcesOptions
{
    public const string SectionName = "Sources";

    /// <summary>JSON feed list; relative paths resolve against the application's content root.</summary>
    [Required]
    public string FeedsFile { get; set; } = "config/feeds.json";

    /// <summary>How long after a successful poll a feed is due again until its own rhythm is known; the first retry delay of a failing feed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Shortest interval between polls of one feed, however often it publishes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MinPollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest interval between polls of a healthy feed, however rarely it publishes or however long its ttl.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Spread of each feed's interval (0.1 = ±10 %), fixed per feed, so feeds added together do not stay in lockstep.</summary>
    [Range(0.0, 0.5)]
    public double PollJitter { get; set; } = 0.1;

    /// <summary>A feed is silent when it has had no new entry for this many times its usual rhythm (and at least <see cref="SilentFloor"/>).</summary>
    [Range(1.0, 1000.0)]
    public double SilentAfterRhythms { get; set; } = 4;

    /// <summary>The shortest silence reported, however busy the feed usually is.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan SilentFloor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Ceiling of the exponential backoff after consecutive failures: a feed is never disabled.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a worker owns a claimed feed before another worker may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan FeedLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Feeds refreshed in parallel within one poll cycle.</summary>
    [Range(1, 256)]
    public int FeedConcurrency { get; set; } = 4;

    /// <summary>Attempts to fetch one article page before the entry is given up and reported.</summary>
    [Range(1, 100)]
    public int MaxEntryAttempts { get; set; } = 5;

    /// <summary>
    /// What a new feed's first poll does with the entries it already carries. Seed (the default) stores them
    /// and alerts nobody, so adding 50 feeds fills the store without flooding anyone; a feed can say otherwise.
    /// </summary>
    public BacklogPolicy FirstPollBacklog { get; set; } = BacklogPolicy.Seed;

    /// <summary>Optional: articles published (or, without a date, first seen) longer ago than this are stored but alert nobody.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan? MaxArticleAge { get; set; }
}
