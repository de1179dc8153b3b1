using System.ComponentModel.DataAnnotations;

namespace AiDivide.Monitoring.Matching;

/// <summary>Where the watchlist comes from.</summary>
public sealed class MatchingOptions
{
    public const string SectionName = "Matching";

    /// <summary>JSON watchlist; relative paths resolve like <c>Sources:FeedsFile</c>.</summary>
    [Required]
    public string WatchlistFile { get; set; } = "config/watchlist.json";
}
