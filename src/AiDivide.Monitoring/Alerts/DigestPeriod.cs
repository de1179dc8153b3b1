using System.Globalization;

namespace AiDivide.Monitoring.Alerts;

/// <summary>One digest's window [From, To) and its stable id, from which the digest's alert key derives.</summary>
public sealed record DigestPeriod(DateTimeOffset From, DateTimeOffset To, string Label)
{
    /// <summary>Stable across workers and restarts: "digest:daily:2026-12-04T00:00:00Z".</summary>
    public string Id(AlertMode mode) =>
        $"{Alert.DigestPrefix}{mode.ToString().ToLowerInvariant()}:{To.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}";

    /// <summary>The last period of <paramref name="recipient"/>'s schedule that has closed by <paramref name="now"/>.</summary>
    /// <remarks>
    /// Computed on the recipient's wall clock, so "daily at 08:00" stays at 08:00 across daylight-saving
    /// changes (that day's period is 23 or 25 hours long). Immediate recipients with a cap get a daily
    /// overflow digest at <see cref="RecipientOptions.At"/>.
    /// </remarks>
    public static DigestPeriod LastClosed(RecipientOptions recipient, DateTimeOffset now)
    {
        var zone = recipient.Zone;
        var local = LocalClock.ToLocal(now, zone);
        DateTime end, start;
        string label;
        switch (recipient.Mode)
        {
            case AlertMode.Hourly:
                end = local.Date.AddHours(local.Hour);
                start = end.AddHours(-1);
                label = $"Hourly digest, {end.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture)}";
                break;
            case AlertMode.Weekly:
                end = local.Date.AddDays(-(((int)local.DayOfWeek - (int)recipient.Day + 7) % 7)) + recipient.At.ToTimeSpan();
                end = end > local ? end.AddDays(-7) : end;
                start = end.AddDays(-7);
                label = $"Weekly digest, week to {end.ToString("ddd d MMM", CultureInfo.InvariantCulture)}";
                break;
            default:
                end = local.Date + recipient.At.ToTimeSpan();
                end = end > local ? end.AddDays(-1) : end;
                start = end.AddDays(-1);
                label = recipient.Mode == AlertMode.Immediate
                    ? $"More mentions, to {end.ToString("ddd d MMM", CultureInfo.InvariantCulture)}"
                    : $"Daily digest, {end.ToString("ddd d MMM", CultureInfo.InvariantCulture)}";
                break;
        }

        return new DigestPeriod(LocalClock.ToUtc(start, zone), LocalClock.ToUtc(end, zone), label);
    }

    /// <summary>The period still open at <paramref name="now"/>: what the next digest holds so far (for previews).</summary>
    public static DigestPeriod Current(RecipientOptions recipient, DateTimeOffset now)
    {
        var closed = LastClosed(recipient, now);
        return new DigestPeriod(closed.To, now, closed.Label.Split(',')[0] + " (preview)");
    }
}
