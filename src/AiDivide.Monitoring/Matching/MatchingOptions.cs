using System.ComponentModel.DataAnnotations;

namespace AiDivide.Monitoring.Matching;

/// <summary>Where the watchlist comes from, and how soon an edit to it takes effect.</summary>
public sealed class MatchingOptions
{
    public const string SectionName = "Matching";

    /// <summary>JSON watchlist; relative paths resolve like <c>Sources:FeedsFile</c>.</summary>
    [Required]
    public string WatchlistFile { get; set; } = "config/watchlist.json";

    /// <summary>Quiet time after the last change to the file before it is reloaded (editors write in several steps).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
