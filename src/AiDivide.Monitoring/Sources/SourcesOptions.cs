using System.ComponentModel.DataAnnotations;

namespace AiDivide.Monitoring.Sources;

/// <summary>Where the feed list comes from and how often each feed is polled.</summary>
public sealed class SourcesOptions
{
    public const string SectionName = "Sources";

    /// <summary>JSON feed list; relative paths resolve against the application's content root.</summary>
    [Required]
    public string FeedsFile { get; set; } = "config/feeds.json";

    /// <summary>How long after a successful poll a feed is due again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

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
