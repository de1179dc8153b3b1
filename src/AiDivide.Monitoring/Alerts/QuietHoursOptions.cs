namespace AiDivide.Monitoring.Alerts;

/// <summary>A daily window, in the recipient's zone, in which immediate alerts wait instead of arriving.</summary>
/// <remarks>A window whose end is before its start spans midnight (22:00–07:00).</remarks>
public sealed class QuietHoursOptions
{
    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    /// <summary>When the window containing <paramref name="local"/> ends, or null when it is outside the window.</summary>
    public DateTime? EndOfWindowContaining(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        if (Start == End || !time.IsBetween(Start, End))
        {
            return null;
        }

        var end = local.Date + End.ToTimeSpan();
        return end > local ? end : end.AddDays(1);
    }
}
