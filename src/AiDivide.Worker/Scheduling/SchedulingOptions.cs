using System.ComponentModel.DataAnnotations;

namespace AiDivide.Worker.Scheduling;

/// <summary>How often the daemon's Quartz jobs fire.</summary>
/// <remarks>
/// The poll job only looks for feeds that are due; each feed's own interval is
/// <c>Sources:PollInterval</c>. A short tick keeps new feeds and retries prompt at no cost.
/// </remarks>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PollEvery { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan DeliverEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the operator check looks for new problems (and whether the daily summary is due).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckOperatorEvery { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often closed digest periods are looked for; a digest goes out within this of its time (plus Alerts:DigestGrace).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DigestEvery { get; set; } = TimeSpan.FromMinutes(1);
}
