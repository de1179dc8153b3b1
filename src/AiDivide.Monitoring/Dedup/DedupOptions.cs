using System.ComponentModel.DataAnnotations;

namespace AiDivide.Monitoring.Dedup;

/// <summary>When two articles count as one story.</summary>
public sealed class DedupOptions
{
    public const string SectionName = "Dedup";

    /// <summary>
    /// Estimated Jaccard similarity of 4-word shingles above which an article joins an earlier one's
    /// story. Chosen from the labelled evaluation in docs/stories.md.
    /// </summary>
    [Range(0.05, 1.0)]
    public double SameStoryThreshold { get; set; } = 0.2;

    /// <summary>How far apart in time two copies of one story may appear.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan StoryWindow { get; set; } = TimeSpan.FromDays(3);
}
